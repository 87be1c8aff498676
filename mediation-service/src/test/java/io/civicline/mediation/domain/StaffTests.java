package io.civicline.mediation.domain;

import static io.civicline.mediation.domain.MediationCaseTests.NOW;
import static io.civicline.mediation.domain.MediationCaseTests.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.security.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Who may do what to which case, as tables over roles × scopes × case states: each row a user, each
 * column a case, {@code Y} where the user may and {@code .} where they may not.
 */
class StaffTests {

  private static final CaseScope YIMEI_PMC = new CaseScope(Set.of("YIMEI"), Set.of("YIMEI_PMC"));
  private static final CaseScope YIMEI_JUDICIAL =
      new CaseScope(Set.of("YIMEI"), Set.of("YIMEI_JUDICIAL_OFFICE"));
  private static final CaseScope TIELI_PMC = new CaseScope(Set.of("TIELI"), Set.of("TIELI_PMC"));
  private static final CaseScope YIMEI =
      new CaseScope(Set.of("YIMEI"), Set.of("YIMEI_PMC", "YIMEI_JUDICIAL_OFFICE", "YIMEI_COURT"));
  private static final CaseScope TIELI =
      new CaseScope(Set.of("TIELI"), Set.of("TIELI_PMC", "TIELI_COURT"));

  static final Map<String, Staff> USERS = new LinkedHashMap<>();

  static {
    USERS.put("mediator", mediator("mediator", "M_YIMEI_01", YIMEI_PMC));
    USERS.put("mediator2", mediator("mediator2", "M_YIMEI_02", YIMEI_JUDICIAL));
    USERS.put("trainee", mediator("trainee", null, null));
    USERS.put("tieliMediator", mediator("tieliMediator", "M_TIELI_01", TIELI_PMC));
    USERS.put("yimeiLead", lead("yimeiLead", YIMEI));
    USERS.put("pmcLead", lead("pmcLead", YIMEI_PMC));
    USERS.put("tieliLead", lead("tieliLead", TIELI));
    USERS.put("noScopeLead", lead("noScopeLead", null));
    USERS.put("admin", new Staff("admin", Set.of(Roles.ADMIN), null, null, null));
    USERS.put("manager", new Staff("manager", Set.of(Roles.MANAGER), null, null, null));
  }

  /** Unassigned in YIMEI, unassigned in TIELI, with M_YIMEI_02 in YIMEI_JUDICIAL_OFFICE, closed. */
  static final List<MediationCase> CASES =
      List.of(
          MediationCaseTests.registered(),
          CaseRegistration.register("c-2", "MED-2", inTieli(), RULES, NOW).mediationCase(),
          MediationCaseTests.mediating(),
          MediationCaseTests.closed(MediationCaseTests.failed()));

  @Test
  void onlyLeadsOfTheCaseAndAdminsAssignWhileAMediatorTakesAnUnassignedCaseOfTheirDistrict() {
    assertTable(
        (staff, c) ->
            staff
                .refusal(c, c.assignment() == null ? CaseAction.ASSIGN : CaseAction.REASSIGN)
                .isEmpty(),
        """
        mediator       Y . . .
        mediator2      Y . . .
        trainee        . . . .
        tieliMediator  . Y . .
        yimeiLead      Y . Y Y
        pmcLead        Y . . .
        tieliLead      . Y . .
        noScopeLead    . . . .
        admin          Y Y Y Y
        manager        . . . .
        """);
  }

  @Test
  void theAssignActionIsOfferedOnlyWhereTheStateAndTheRulesBothAllowIt() {
    assertTable(
        (staff, c) ->
            staff.actionsOn(c, RULES, NOW).contains(CaseAction.ASSIGN)
                || staff.actionsOn(c, RULES, NOW).contains(CaseAction.REASSIGN),
        """
        mediator       Y . . .
        mediator2      Y . . .
        trainee        . . . .
        tieliMediator  . Y . .
        yimeiLead      Y . Y .
        pmcLead        Y . . .
        tieliLead      . Y . .
        noScopeLead    . . . .
        admin          Y Y Y .
        manager        . . . .
        """);
  }

  @Test
  void onlyTheCurrentMediatorSeesThePartiesNeitherAdminsNorLeads() {
    assertTable(
        Staff::seesPartiesOf,
        """
        mediator       . . . .
        mediator2      . . Y Y
        trainee        . . . .
        tieliMediator  . . . .
        yimeiLead      . . . .
        pmcLead        . . . .
        tieliLead      . . . .
        noScopeLead    . . . .
        admin          . . . .
        manager        . . . .
        """);
  }

  @Test
  void leadsOpenOnlyTheCasesOfTheirBodyOrDistrict() {
    assertTable(
        (staff, c) -> staff.readRefusal(c).isEmpty(),
        """
        mediator       Y Y Y Y
        mediator2      Y Y Y Y
        trainee        Y Y Y Y
        tieliMediator  Y Y Y Y
        yimeiLead      Y . Y Y
        pmcLead        Y . . .
        tieliLead      . Y . .
        noScopeLead    . . . .
        admin          Y Y Y Y
        manager        . . . .
        """);
  }

  @Test
  void onlyTheAssignedMediatorWorksTheCaseAndAnyMediatorOneNobodyHasYet() {
    assertTable(
        (staff, c) -> staff.refusal(c, CaseAction.CLOSE).isEmpty(),
        """
        mediator       Y Y . .
        mediator2      Y Y Y Y
        trainee        Y Y . .
        tieliMediator  Y Y . .
        yimeiLead      . . . .
        pmcLead        . . . .
        tieliLead      . . . .
        noScopeLead    . . . .
        admin          . . . .
        manager        . . . .
        """);
  }

  @Test
  void aMediatorTakesACaseOnlyForThemselvesInTheirBodyAndALeadAssignsOnlyWithinTheirScope() {
    MediationCase unassigned = CASES.get(0);
    Staff mediator = USERS.get("mediator");
    Staff pmcLead = USERS.get("pmcLead");
    Staff yimeiLead = USERS.get("yimeiLead");

    assertThat(mediator.refusalToAssign(unassigned, "M_YIMEI_01", "YIMEI_PMC")).isEmpty();
    assertThat(mediator.refusalToAssign(unassigned, "M_YIMEI_01", "YIMEI_COURT")).isPresent();
    assertThat(mediator.refusalToAssign(unassigned, "M_YIMEI_02", "YIMEI_JUDICIAL_OFFICE"))
        .isPresent();
    assertThat(pmcLead.refusalToAssign(unassigned, "M_YIMEI_01", "YIMEI_PMC")).isEmpty();
    assertThat(pmcLead.refusalToAssign(unassigned, "M_YIMEI_02", "YIMEI_JUDICIAL_OFFICE"))
        .contains("You may assign cases only to the bodies you lead.");
    assertThat(yimeiLead.refusalToAssign(unassigned, "M_YIMEI_02", "YIMEI_JUDICIAL_OFFICE"))
        .isEmpty();
    assertThat(yimeiLead.refusalToAssign(unassigned, "M_TIELI_01", "TIELI_PMC")).isPresent();
    assertThat(USERS.get("admin").refusalToAssign(unassigned, "M_TIELI_01", "TIELI_PMC")).isEmpty();
  }

  @Test
  void aMissingRosterEntryOrScopeIsRefusedSayingWhatIsMissing() {
    MediationCase unassigned = CASES.get(0);

    assertThat(USERS.get("trainee").refusal(unassigned, CaseAction.ASSIGN))
        .contains(Staff.NO_ROSTER_ENTRY);
    assertThat(USERS.get("trainee").refusal(CASES.get(2), CaseAction.HOLD_SESSION))
        .contains(Staff.NO_ROSTER_ENTRY);
    assertThat(USERS.get("noScopeLead").refusal(unassigned, CaseAction.ASSIGN))
        .contains(Staff.NO_SCOPE);
    assertThat(USERS.get("noScopeLead").readRefusal(unassigned)).contains(Staff.NO_SCOPE);
    assertThat(USERS.get("noScopeLead").listRefusal()).contains(Staff.NO_SCOPE);
    assertThat(USERS.get("yimeiLead").listRefusal()).isEmpty();
  }

  @Test
  void nobodyMarksACaseOverdueByHandAndMediatorsDoNotReassign() {
    assertThat(USERS.get("mediator2").mayTake())
        .doesNotContain(CaseAction.MARK_OVERDUE, CaseAction.REASSIGN)
        .contains(CaseAction.CLOSE, CaseAction.ASSIGN);
    assertThat(USERS.get("admin").mayTake())
        .containsExactlyInAnyOrder(CaseAction.ASSIGN, CaseAction.REASSIGN);
  }

  private static void assertTable(BiPredicate<Staff, MediationCase> rule, String table) {
    StringBuilder actual = new StringBuilder();
    for (String row : table.strip().split("\n")) {
      String user = row.strip().split("\\s+")[0];
      actual.append(String.format("%-15s", user));
      List<String> cells =
          CASES.stream().map(c -> rule.test(USERS.get(user), c) ? "Y" : ".").toList();
      actual.append(String.join(" ", cells)).append('\n');
    }
    assertThat(actual.toString()).isEqualTo(table.stripIndent());
  }

  private static Staff mediator(String name, String code, CaseScope body) {
    return new Staff(name, Set.of(Roles.MEDIATOR), code, body, null);
  }

  private static Staff lead(String name, CaseScope scope) {
    return new Staff(name, Set.of(Roles.MEDIATION_LEAD), null, null, scope);
  }

  private static RegisterCase inTieli() {
    RegisterCase yimei = MediationCaseTests.command();
    return new RegisterCase(
        yimei.disputeType(),
        "TIELI",
        null,
        yimei.source(),
        yimei.parties(),
        yimei.summary(),
        null,
        yimei.registeredBy());
  }
}
