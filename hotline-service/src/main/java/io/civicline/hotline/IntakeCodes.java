package io.civicline.hotline;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.kit.problem.FieldChecks;
import org.springframework.stereotype.Component;

/** Checks the codes a user sends against the city's reference data, naming every unknown one. */
@Component
class IntakeCodes {

  private final ReferenceData reference;

  IntakeCodes(ReferenceData reference) {
    this.reference = reference;
  }

  void check(ReceiveTicket command) {
    new FieldChecks()
        .known(reference.channel(command.channel()), "channel", "channel")
        .known(reference.ticketCategory(command.category()), "category", "category")
        .require(
            command.topic() == null || reference.ticketTopic(command.topic()).isPresent(),
            "topic",
            "unknown topic code")
        .known(reference.district(command.district()), "district", "district")
        .failIfAny();
  }

  void checkDepartment(String department) {
    new FieldChecks()
        .known(reference.department(department), "department", "department")
        .failIfAny();
  }
}
