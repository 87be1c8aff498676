package io.civicline.kit.staff;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a stored account must be: a user name of lower-case ASCII, one of the roles, and exactly the
 * scope its role works in, each a code of the reference data. A role whose scope is missing or
 * unknown is refused: a rule that needs the scope would otherwise have nothing to go on.
 */
public final class StaffRules {

  public static final Pattern USER_NAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

  public static final List<String> ROLES =
      List.of(
          Roles.AGENT,
          Roles.DEPARTMENT,
          Roles.MEDIATOR,
          Roles.MEDIATION_LEAD,
          Roles.MANAGER,
          Roles.ADMIN);

  private final ReferenceData reference;

  public StaffRules(ReferenceData reference) {
    this.reference = reference;
  }

  public void checkUserName(String userName) {
    if (userName == null || !USER_NAME.matcher(userName).matches()) {
      throw new InvalidRequestException(
          "userName", "must be 2-32 of a-z, 0-9, '.', '_', '-', starting with a letter");
    }
  }

  public void check(StaffDetails details) {
    List<FieldProblem> problems = new ArrayList<>();
    String role = details.role();
    if (role == null || !ROLES.contains(role)) {
      problems.add(new FieldProblem("role", "must be one of " + ROLES));
    }
    boolean department = Roles.DEPARTMENT.equals(role);
    boolean mediator = Roles.MEDIATOR.equals(role);
    boolean lead = Roles.MEDIATION_LEAD.equals(role);
    scope(problems, "department", details.department(), department, reference::department);
    scope(problems, "mediator", details.mediator(), mediator, reference::mediator);
    scope(problems, "body", details.body(), lead, reference::mediatingBody);
    scope(problems, "district", details.district(), lead, reference::district);
    if (department && details.department() == null) {
      problems.add(new FieldProblem("department", "is required for role DEPARTMENT"));
    }
    if (mediator && details.mediator() == null) {
      problems.add(new FieldProblem("mediator", "is required for role MEDIATOR"));
    }
    if (lead && (details.body() == null) == (details.district() == null)) {
      problems.add(
          new FieldProblem("body", "role MEDIATION_LEAD needs a body or a district, not both"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  /** A scope given must be one the role uses, and a known code. */
  private static void scope(
      List<FieldProblem> problems,
      String field,
      String code,
      boolean used,
      Function<String, Optional<?>> known) {
    if (code == null) {
      return;
    }
    if (!used) {
      problems.add(new FieldProblem(field, "is not used by this role"));
    } else if (known.apply(code).isEmpty()) {
      problems.add(new FieldProblem(field, "is not a known code"));
    }
  }
}
