package io.civicline.hotline;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.Place;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    } else {
      streetProblem(command.district(), command.place()).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  /** The place's street must be one of {@code district}'s. */
  void checkStreet(String district, Place place) {
    streetProblem(district, place)
        .ifPresent(
            problem -> {
              throw new InvalidRequestException(List.of(problem));
            });
  }

  private Optional<FieldProblem> streetProblem(String district, Place place) {
    if (place == null || place.street() == null) {
      return Optional.empty();
    }
    return reference
            .street(place.street())
            .filter(street -> street.district().equals(district))
            .isPresent()
        ? Optional.empty()
        : Optional.of(
            new FieldProblem("place.street", "not a street of the ticket's district " + district));
  }

  void checkDepartment(String department) {
    if (reference.department(department).isEmpty()) {
      throw new InvalidRequestException(
          List.of(new FieldProblem("department", "unknown department code")));
    }
  }
}
