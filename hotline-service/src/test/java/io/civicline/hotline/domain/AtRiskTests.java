package io.civicline.hotline.domain;

import static io.civicline.hotline.domain.TicketTests.NOW;
import static io.civicline.hotline.domain.TicketTests.SLA;
import static io.civicline.hotline.domain.TicketTests.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.events.TicketEventType;
import io.civicline.kit.aggregate.TransitionRefusedException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** 预警: past 75 % of the time from the dispatch to the deadline in force, not yet overdue. */
class AtRiskTests {

  /** Dispatched at NOW with four days: at risk from NOW + 3 days, overdue after NOW + 4 days. */
  static final Instant DEADLINE = NOW.plus(Duration.ofDays(4));

  static final Instant RISK = NOW.plus(Duration.ofDays(3));

  static Ticket dispatched() {
    return received().dispatch("HEATING_CO", DEADLINE, SLA, "agent", null, NOW).ticket();
  }

  static Ticket atRisk() {
    return dispatched().markAtRisk(RISK).ticket();
  }

  @Test
  void aTicketIsAtRiskFromThreeQuartersOfItsTimeUntilItsDeadline() {
    Ticket ticket = dispatched();

    assertThat(AtRisk.runningTime(ticket)).contains(RISK);
    assertThat(AtRisk.isDue(ticket, RISK.minusSeconds(1))).isFalse();
    assertThat(AtRisk.isDue(ticket, RISK)).isTrue();
    assertThat(AtRisk.isDue(ticket, DEADLINE)).isTrue();
    assertThat(AtRisk.isDue(ticket, DEADLINE.plusSeconds(1))).isFalse();
  }

  @Test
  void markingAtRiskSetsTheFlagOnceWithItsOwnEvent() {
    Ticket.Change change = dispatched().markAtRisk(RISK);

    assertThat(change.ticket().milestones().atRisk()).isTrue();
    assertThat(change.events().get(0).type())
        .isEqualTo(TicketEventType.MARKED_AT_RISK.cloudEventType());
    assertThat(change.events().get(0).snapshot().atRisk()).isTrue();
    assertThat(AtRisk.runningTime(change.ticket())).isEmpty();
    assertThatThrownBy(() -> change.ticket().markAtRisk(RISK))
        .isInstanceOf(TransitionRefusedException.class);
  }

  @Test
  void aTicketTheAgentsHoldIsNeverAtRisk() {
    assertThat(AtRisk.runningTime(received())).isEmpty();
    assertThat(AtRisk.isDue(received(), RISK)).isFalse();
  }

  @Test
  void overdueSupersedesAtRisk() {
    Ticket overdue = atRisk().markOverdue(DEADLINE.plusSeconds(1)).ticket();

    assertThat(overdue.milestones().overdue()).isTrue();
    assertThat(overdue.milestones().atRisk()).isFalse();
    assertThat(AtRisk.runningTime(overdue)).isEmpty();
  }

  @Test
  void aReplyOrAReturnClearsAtRiskAndTheirEventSaysSo() {
    Ticket.Change replied = atRisk().reply(ReplyResult.RESOLVED, "已修复", null, "heating", RISK);
    Ticket.Change returned =
        received()
            .dispatch("HEATING_CO", NOW.plus(Duration.ofHours(8)), SLA, "agent", null, NOW)
            .ticket()
            .markAtRisk(NOW.plus(Duration.ofHours(6)))
            .ticket()
            .returnToAgents("不归我们", "heating", NOW.plus(Duration.ofHours(7)));

    assertThat(replied.ticket().milestones().atRisk()).isFalse();
    assertThat(replied.events().get(0).snapshot().atRisk()).isFalse();
    assertThat(returned.ticket().milestones().atRisk()).isFalse();
    assertThat(returned.events().get(0).snapshot().atRisk()).isFalse();
  }

  @Test
  void anExtensionBackUnderThreeQuartersClearsAtRiskAndALateOneKeepsIt() {
    Ticket signed = atRisk().sign("heating", NOW.plus(Duration.ofHours(1))).ticket();
    // Dispatched at NOW: to NOW + 8 days, at risk again from NOW + 6 days.
    Ticket farther =
        signed
            .requestExtension(NOW.plus(Duration.ofDays(8)), "需要施工", "heating", RISK)
            .ticket()
            .decideExtension(true, null, "agent", RISK)
            .ticket();
    // To NOW + 4 days 8 hours: at risk from NOW + 3 days 6 hours, already past.
    Ticket nearer =
        signed
            .requestExtension(
                NOW.plus(Duration.ofDays(4)).plus(Duration.ofHours(8)), "x", "heating", RISK)
            .ticket()
            .decideExtension(true, null, "agent", NOW.plus(Duration.ofDays(3)).plusSeconds(23_000))
            .ticket();

    assertThat(farther.milestones().atRisk()).isFalse();
    assertThat(AtRisk.runningTime(farther)).contains(NOW.plus(Duration.ofDays(6)));
    assertThat(nearer.milestones().atRisk()).isTrue();
  }
}
