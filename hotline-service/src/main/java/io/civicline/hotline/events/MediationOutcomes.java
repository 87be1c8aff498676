package io.civicline.hotline.events;

import io.civicline.events.EventJson;
import io.civicline.events.MalformedEventException;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseSnapshot;
import io.civicline.events.Topics;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.domain.MediationOutcome;
import io.civicline.kit.kafka.EventRecords;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads mediation case events and records mediation's answer on the ticket a case was referred
 * from: the outcome of a closed case, or DECLINED for a case mediation did not take. Only the
 * newest state matters and the desk ignores an answer already recorded, so redelivery and
 * duplicates change nothing. A record that is not such an event (CloudEvents headers, key, data, a
 * snapshot without its required fields, an outcome the contract does not have) goes to the
 * dead-letter topic.
 */
@Component
class MediationOutcomes {

  private static final Logger log = LoggerFactory.getLogger(MediationOutcomes.class);

  /** The outcomes of a closed case in the contract (mediation-case-snapshot.schema.json). */
  private static final Set<String> CLOSING_OUTCOMES =
      Set.of("SUCCESS", "FAILED", "WITHDRAWN", "TRANSFERRED");

  private final TicketDesk desk;

  MediationOutcomes(TicketDesk desk) {
    this.desk = desk;
  }

  @KafkaListener(
      id = "mediation-outcomes",
      topics = Topics.CASE_EVENTS,
      groupId = "${civicline.hotline.mediation-outcomes.group:hotline-service}")
  void accept(ConsumerRecord<String, byte[]> record) {
    MediationCaseEvent event = EventRecords.caseEvent(record, EventJson::readMediationCaseEvent);
    MediationCaseSnapshot snapshot = event.snapshot();
    if (snapshot.referralTicketId() == null) {
      return;
    }
    MediationOutcome outcome = answerOf(snapshot);
    if (outcome != null
        && desk.recordMediationOutcome(snapshot.referralTicketId(), event.caseId(), outcome)) {
      log.info(
          "recorded mediation answer {} of case {} on ticket {}",
          outcome,
          event.caseId(),
          snapshot.referralTicketId());
    }
  }

  /** DECLINED for a declined case, the outcome of a closed one, none while the case goes on. */
  static MediationOutcome answerOf(MediationCaseSnapshot snapshot) {
    if (snapshot.declinedAt() != null) {
      return MediationOutcome.DECLINED;
    }
    if (snapshot.closedAt() == null || snapshot.outcome() == null) {
      return null;
    }
    if (!CLOSING_OUTCOMES.contains(snapshot.outcome())) {
      throw new MalformedEventException("unknown mediation outcome " + snapshot.outcome());
    }
    return MediationOutcome.valueOf(snapshot.outcome());
  }
}
