package io.civicline.hotline;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Checks the codes a user sends against the city's reference data, naming every unknown one. */
@Component
class IntakeCodes {

  private final ReferenceData reference;

  IntakeCodes(ReferenceData reference) {
    this.reference = reference;
  }

  void check(ReceiveTicket command) {
    List<FieldProblem> problems = new ArrayList<>();
    if (reference.channel(command.channel()).isEmpty()) {
      problems.add(new FieldProblem("channel", "unknown channel code"));
    }
    if (reference.ticketCategory(command.category()).isEmpty()) {
      problems.add(new FieldProblem("category", "unknown category code"));
    }
    if (command.topic() != null && reference.ticketTopic(command.topic()).isEmpty()) {
      problems.add(new FieldProblem("topic", "unknown topic code"));
    }
    if (reference.district(command.district()).isEmpty()) {
      problems.add(new FieldProblem("district", "unknown district code"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  void checkDepartment(String department) {
    if (reference.department(department).isEmpty()) {
      throw new InvalidRequestException(
          List.of(new FieldProblem("department", "unknown department code")));
    }
  }
}
