package io.civicline.mediation;

import io.civicline.kit.lists.ResultPage;
import io.civicline.kit.privacy.PhoneSearches;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.security.Roles;
import io.civicline.mediation.domain.CaseScope;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Staff;
import io.civicline.mediation.store.CaseListing;
import io.civicline.mediation.store.CaseQuery;
import org.springframework.stereotype.Service;

/**
 * The case search as one user may make it (API and console). Only a mediator sees parties' phones
 * in full, and only on the cases assigned to them: so only their whole phone number matches, only
 * among those cases, rate-limited and recorded; nobody else's text ever matches a phone.
 */
@Service
public class CaseSearch {

  private final CaseListing listing;
  private final PhoneSearches phoneSearches;

  CaseSearch(CaseListing listing, PhoneSearches phoneSearches) {
    this.listing = listing;
    this.phoneSearches = phoneSearches;
  }

  /** {@code route} names where the search came from, for the access log. */
  public ResultPage<MediationCase> search(CaseQuery query, Staff viewer, String route) {
    if (!viewer.roles().contains(Roles.MEDIATOR)
        || viewer.mediator() == null
        || !PhoneSearches.isFullNumber(query.text())) {
      return list(query, viewer);
    }
    phoneSearches.admit(viewer.name());
    ResultPage<MediationCase> found = listing.searchByPhone(query, viewer.mediator());
    phoneSearches.found(
        viewer.name(), route, found.items().stream().map(MediationCase::id).toList());
    return found;
  }

  /** The cases of the query this user may list, its text never a phone: every case, or a lead's. */
  public ResultPage<MediationCase> list(CaseQuery query, Staff viewer) {
    return listing.search(query, scopeOf(viewer));
  }

  /** The cases this user may list: every case (null), or those of the scope a lead leads. */
  static CaseScope scopeOf(Staff viewer) {
    if (viewer.listsEveryCase()) {
      return null;
    }
    viewer
        .listRefusal()
        .ifPresent(
            reason -> {
              throw new ForbiddenException(reason);
            });
    return viewer.leads();
  }
}
