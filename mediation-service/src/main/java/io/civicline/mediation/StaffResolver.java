package io.civicline.mediation;

import io.civicline.events.ReferenceData;
import io.civicline.kit.security.Roles;
import io.civicline.mediation.domain.Staff;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in user is for the case rules: roles from the authorities, and the mediator of the
 * roster whose {@code account} is the user's name (with a JWT: the token's subject).
 */
@Component
public class StaffResolver {

  private final ReferenceData reference;

  StaffResolver(ReferenceData reference) {
    this.reference = reference;
  }

  public Staff of(Authentication user) {
    String mediator =
        reference.mediatorOfAccount(user.getName()).map(ReferenceData.Mediator::code).orElse(null);
    return new Staff(user.getName(), Roles.of(user), mediator);
  }
}
