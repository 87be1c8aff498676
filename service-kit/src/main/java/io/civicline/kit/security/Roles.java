package io.civicline.kit.security;

/** The roles of DESIGN.md; Spring Security sees them as {@code ROLE_<name>}. */
public final class Roles {

  /** 12345 call-center agents. */
  public static final String AGENT = "AGENT";

  /** Staff of the departments that sign for and answer tickets. */
  public static final String DEPARTMENT = "DEPARTMENT";

  public static final String MEDIATOR = "MEDIATOR";

  /** Figures and reports only. */
  public static final String MANAGER = "MANAGER";

  /** Users and reference data. */
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
