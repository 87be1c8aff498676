package io.civicline.mediation.api;

import io.civicline.kit.privacy.PersonalDataLog;
import io.civicline.kit.problem.RecordView;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.Staff;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one way a case leaves the service for a user, API or console: each view that shows the
 * parties in full is recorded in the personal-data access log first, with the request's method and
 * path as its route and the personal fields it holds. A 409's {@code current} shows the case so
 * too.
 */
@Component
public class CaseViews implements RecordView {

  private final MediationDesk desk;
  private final PersonalDataLog log;
  private final HttpServletRequest request;
  private final StaffResolver staff;

  CaseViews(
      MediationDesk desk, PersonalDataLog log, HttpServletRequest request, StaffResolver staff) {
    this.desk = desk;
    this.log = log;
    this.request = request;
    this.staff = staff;
  }

  @Override
  public Object of(Object record, Authentication user) {
    return of((MediationCase) record, staff.of(user));
  }

  public CaseView of(MediationCase mediationCase, Staff viewer) {
    CaseView view = CaseView.of(mediationCase, viewer, desk.rules(), desk.now());
    if (!view.partiesMasked()) {
      log.shown(
          viewer.name(),
          mediationCase.id(),
          PersonalDataLog.route(request),
          personalFields(mediationCase));
    }
    return view;
  }

  /** The personal fields the case holds: its parties' and its sessions' participants. */
  static List<String> personalFields(MediationCase mediationCase) {
    List<Party> parties = mediationCase.intake().parties();
    List<String> fields = new ArrayList<>();
    fields.add("parties.name");
    if (parties.stream().map(Party::phone).anyMatch(Objects::nonNull)) {
      fields.add("parties.phone");
    }
    if (parties.stream().map(Party::idNumber).anyMatch(Objects::nonNull)) {
      fields.add("parties.idNumber");
    }
    if (mediationCase.sessions().stream().anyMatch(s -> !s.participants().isEmpty())) {
      fields.add("sessions.participants");
    }
    return fields;
  }
}
