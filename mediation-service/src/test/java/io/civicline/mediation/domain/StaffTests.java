package io.civicline.mediation.domain;

import static io.civicline.mediation.domain.MediationCaseTests.NOW;
import static io.civicline.mediation.domain.MediationCaseTests.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffTests {

  static final Staff ASSIGNED = new Staff("mediator2", Set.of("MEDIATOR"), "M_YIMEI_02");
  static final Staff OTHER = new Staff("mediator", Set.of("MEDIATOR"), "M_YIMEI_01");
  static final Staff OFF_ROSTER = new Staff("helper", Set.of("MEDIATOR"), null);
  static final Staff ADMIN = new Staff("admin", Set.of("ADMIN"), null);

  @Test
  void onlyTheAssignedMediatorWorksTheCaseWhileAnyMediatorMayReassignIt() {
    MediationCase mediating = MediationCaseTests.mediating();

    assertThat(ASSIGNED.actionsOn(mediating, RULES, NOW))
        .containsExactlyInAnyOrder(
            CaseAction.REASSIGN, CaseAction.HOLD_SESSION, CaseAction.EXTEND, CaseAction.CLOSE);
    assertThat(OTHER.actionsOn(mediating, RULES, NOW)).containsExactly(CaseAction.REASSIGN);
    assertThat(OFF_ROSTER.isKeptFrom(mediating, CaseAction.HOLD_SESSION)).isTrue();
    assertThat(OTHER.isKeptFrom(mediating, CaseAction.REASSIGN)).isFalse();
  }

  @Test
  void anyMediatorWorksACaseNobodyIsAssignedToYet() {
    MediationCase registered = MediationCaseTests.registered();

    assertThat(OFF_ROSTER.actionsOn(registered, RULES, NOW))
        .containsExactlyInAnyOrder(
            CaseAction.ASSIGN, CaseAction.DECLINE, CaseAction.EXTEND, CaseAction.CLOSE);
    assertThat(OFF_ROSTER.seesPartiesOf(registered)).isFalse();
  }

  @Test
  void adminsSeeThePartiesButActOnNothing() {
    MediationCase mediating = MediationCaseTests.mediating();

    assertThat(ADMIN.seesPartiesOf(mediating)).isTrue();
    assertThat(ADMIN.actionsOn(mediating, RULES, NOW)).isEmpty();
    assertThat(ADMIN.mayTake()).isEmpty();
  }

  @Test
  void onlyTheCasesOwnMediatorSeesItsParties() {
    MediationCase mediating = MediationCaseTests.mediating();

    assertThat(ASSIGNED.seesPartiesOf(mediating)).isTrue();
    assertThat(OTHER.seesPartiesOf(mediating)).isFalse();
    assertThat(OFF_ROSTER.seesPartiesOf(mediating)).isFalse();
  }

  @Test
  void nobodyMarksACaseOverdueByHand() {
    assertThat(ASSIGNED.mayTake())
        .doesNotContain(CaseAction.MARK_OVERDUE)
        .contains(CaseAction.CLOSE);
  }
}
