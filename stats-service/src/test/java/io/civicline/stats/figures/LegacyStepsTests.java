package io.civicline.stats.figures;

import static io.civicline.stats.Snapshots.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import io.civicline.events.TicketSnapshot.Step;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The steps a snapshot written before steps existed tells, on the contract's old-style samples
 * (ticket received 2026-03-14, dispatched to HEATING_CO at 01:10 UTC): every fact charged to the
 * department holding the ticket now.
 */
class LegacyStepsTests {

  private static final String HEATING_CO = "HEATING_CO";
  private static final Instant DISPATCHED_AT = Instant.parse("2026-03-14T01:10:00Z");

  @Test
  void aClosedTicketTellsItsDispatchSignatureReplyAndCallback() {
    assertThat(LegacySteps.of(sample(TicketEventType.CLOSED)))
        .containsExactly(
            new Step("DISPATCHED", DISPATCHED_AT, HEATING_CO, null, null, null, null, null),
            new Step(
                "SIGNED",
                Instant.parse("2026-03-14T02:00:00Z"),
                HEATING_CO,
                DISPATCHED_AT,
                true,
                null,
                null,
                null),
            new Step(
                "REPLIED",
                Instant.parse("2026-03-16T03:00:00Z"),
                HEATING_CO,
                null,
                true,
                null,
                null,
                null),
            new Step(
                "CALLED_BACK",
                Instant.parse("2026-03-16T05:00:00Z"),
                HEATING_CO,
                null,
                null,
                "SATISFIED",
                null,
                null));
  }

  @Test
  void aReturnedTicketTellsItsReturnWithoutADepartment() {
    assertThat(LegacySteps.of(sample(TicketEventType.RETURNED)))
        .containsExactly(
            new Step("DISPATCHED", DISPATCHED_AT, null, null, null, null, null, null),
            new Step(
                "RETURNED",
                Instant.parse("2026-03-14T02:00:00Z"),
                null,
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void aGrantedExtensionIsAStep() {
    assertThat(LegacySteps.of(sample(TicketEventType.EXTENSION_GRANTED)))
        .extracting(Step::type)
        .containsExactly("DISPATCHED", "SIGNED", "EXTENSION_GRANTED");
  }

  @Test
  void aTicketWaitingInTheQueueHasNoStep() {
    assertThat(LegacySteps.of(sample(TicketEventType.RECEIVED))).isEmpty();
  }

  @Test
  void aTicketThatLeftTheQueueWithoutDispatchReferralOrDuplicateMarkWasAnsweredAtIntake() {
    assertThat(LegacySteps.of(ticket("status", "CLOSED", "closedAt", "2026-03-15T01:00:00Z")))
        .extracting(Step::type)
        .containsExactly("ANSWERED_AT_INTAKE");
    assertThat(LegacySteps.of(ticket("status", "DUPLICATE", "duplicateOf", "t0"))).isEmpty();
  }

  @Test
  void aMediationOutcomeIsAConcludedReferralNotAReply() {
    var snapshot =
        ticket(
            "status", "REPLIED",
            "referredAt", "2026-03-15T01:00:00Z",
            "mediationOutcome", "SUCCESS",
            "replyResult", "RESOLVED",
            "completedAt", "2026-03-20T01:00:00Z");

    assertThat(LegacySteps.of(snapshot))
        .containsExactly(
            new Step(
                "REFERRED",
                Instant.parse("2026-03-15T01:00:00Z"),
                null,
                null,
                null,
                null,
                null,
                null),
            new Step(
                "REFERRAL_CONCLUDED",
                Instant.parse("2026-03-20T01:00:00Z"),
                null,
                null,
                null,
                null,
                null,
                "SUCCESS"));
  }

  private static TicketSnapshot sample(TicketEventType type) {
    String json = EventSchemas.sample(type.cloudEventType());
    TicketSnapshot snapshot =
        EventJson.readTicketEvent(json.getBytes(StandardCharsets.UTF_8)).snapshot();
    assertThat(snapshot.steps()).as("an old-style sample").isNull();
    return snapshot;
  }
}
