package io.civicline.kit.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of docs/design.md; Spring Security sees them as {@code ROLE_<name>}. */
public final class Roles {

  /** 12345 call-center agents. */
  public static final String AGENT = "AGENT";

  /** Staff of the departments that sign for and answer tickets. */
  public static final String DEPARTMENT = "DEPARTMENT";

  public static final String MEDIATOR = "MEDIATOR";

  /** Assigns the cases of the mediating body or district they lead (调委会主任). */
  public static final String MEDIATION_LEAD = "MEDIATION_LEAD";

  /** Figures and reports only. */
  public static final String MANAGER = "MANAGER";

  /** Users and reference data. */
  public static final String ADMIN = "ADMIN";

  private static final String PREFIX = "ROLE_";

  private Roles() {}

  /** The role names of a signed-in user, without Spring Security's {@code ROLE_} prefix. */
  public static Set<String> of(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(PREFIX))
        .map(authority -> authority.substring(PREFIX.length()))
        .collect(Collectors.toSet());
  }
}
