package io.civicline.mediation;

import io.civicline.events.ReferenceData;
import io.civicline.kit.security.StaffProfile;
import io.civicline.kit.security.StaffProfiles;
import io.civicline.mediation.domain.Staff;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in user is for the case rules: roles from the authorities, and their mediator of
 * the roster: the entry a stored account names, else the one whose {@code account} is the user's
 * name (with a JWT: the token's subject).
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
    String mediator =
        profile.mediator() != null
            ? profile.mediator()
            : reference
                .mediatorOfAccount(user.getName())
                .map(ReferenceData.Mediator::code)
                .orElse(null);
    return new Staff(profile.userName(), profile.roles(), mediator);
  }
}
