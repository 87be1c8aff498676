package io.civicline.hotline.events;

import io.civicline.events.EventJson;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseSnapshot;
import io.civicline.events.Topics;
import io.civicline.hotline.TicketDesk;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads mediation case events and records the outcome of a closed case on the ticket it was
 * referred from. Only the newest state matters and the desk ignores an outcome already recorded, so
 * redelivery and duplicates change nothing; an unreadable record goes to the dead-letter topic.
 */
@Component
class MediationOutcomes {

  private static final Logger log = LoggerFactory.getLogger(MediationOutcomes.class);

  private final TicketDesk desk;

  MediationOutcomes(TicketDesk desk) {
    this.desk = desk;
  }

  @KafkaListener(
      id = "mediation-outcomes",
      topics = Topics.CASE_EVENTS,
      groupId = "${civicline.hotline.mediation-outcomes.group:hotline-service}")
  void accept(ConsumerRecord<String, byte[]> record) {
    MediationCaseEvent event = EventJson.readMediationCaseEvent(record.value());
    MediationCaseSnapshot snapshot = event.snapshot();
    if (snapshot.referralTicketId() == null
        || snapshot.closedAt() == null
        || snapshot.outcome() == null) {
      return;
    }
    if (desk.recordMediationOutcome(
        snapshot.referralTicketId(), event.caseId(), snapshot.outcome())) {
      log.info(
          "recorded mediation outcome {} of case {} on ticket {}",
          snapshot.outcome(),
          event.caseId(),
          snapshot.referralTicketId());
    }
  }
}
