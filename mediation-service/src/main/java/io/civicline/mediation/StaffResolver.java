package io.civicline.mediation;

import io.civicline.events.ReferenceData;
import io.civicline.kit.security.StaffProfile;
import io.civicline.kit.security.StaffProfiles;
import io.civicline.mediation.domain.CaseScope;
import io.civicline.mediation.domain.Staff;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in user is for the case rules: roles and a lead's body or district from the staff
 * profile, and their mediator of the roster: the entry a stored account names, else the one whose
 * {@code account} is the user's name (with a JWT: the token's subject), with the scope of that
 * mediator's body. An unknown body or district code gives no scope, so the rules that need one
 * refuse.
 */
@Component
public class StaffResolver {

  private final ReferenceData reference;
  private final StaffProfiles profiles;

  StaffResolver(ReferenceData reference, StaffProfiles profiles) {
    this.reference = reference;
    this.profiles = profiles;
  }

  public Staff of(Authentication user) {
    StaffProfile profile = profiles.of(user);
    ReferenceData.Mediator mediator =
        profile.mediator() != null
            ? reference.mediator(profile.mediator()).orElse(null)
            : reference.mediatorOfAccount(user.getName()).orElse(null);
    return new Staff(
        user.getName(),
        profile.roles(),
        mediator == null ? null : mediator.code(),
        mediator == null ? null : bodyScope(mediator.body()),
        leads(profile));
  }

  /** A lead's scope: the body they lead, else their district (a lead with both leads the body). */
  private CaseScope leads(StaffProfile profile) {
    if (profile.body() != null) {
      return bodyScope(profile.body());
    }
    return profile.district() == null ? null : districtScope(profile.district());
  }

  private CaseScope bodyScope(String code) {
    return reference
        .mediatingBody(code)
        .map(body -> new CaseScope(Set.of(body.district()), Set.of(body.code())))
        .orElse(null);
  }

  private CaseScope districtScope(String code) {
    if (reference.district(code).isEmpty()) {
      return null;
    }
    Set<String> bodies =
        Set.copyOf(
            reference.mediatingBodies().stream()
                .filter(body -> body.district().equals(code))
                .map(ReferenceData.MediatingBody::code)
                .toList());
    return new CaseScope(Set.of(code), bodies);
  }
}
