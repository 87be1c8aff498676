package io.civicline.mediation;

import io.civicline.events.ReferenceData;
import io.civicline.mediation.domain.Staff;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in user is for the case rules: roles from the authorities, and the mediator of the
 * roster whose {@code account} is the user's name (with a JWT: the token's subject).
 */
@Component
public class StaffResolver {

  private static final String ROLE_PREFIX = "ROLE_";

  private final ReferenceData reference;

  StaffResolver(ReferenceData reference) {
    this.reference = reference;
  }

  public Staff of(Authentication user) {
    Set<String> roles =
        user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority.startsWith(ROLE_PREFIX))
            .map(authority -> authority.substring(ROLE_PREFIX.length()))
            .collect(Collectors.toSet());
    String mediator =
        reference.mediatorOfAccount(user.getName()).map(ReferenceData.Mediator::code).orElse(null);
    return new Staff(user.getName(), roles, mediator);
  }
}
