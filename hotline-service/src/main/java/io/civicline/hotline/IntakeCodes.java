package io.civicline.hotline;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.Place;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.kit.problem.FieldChecks;
import org.springframework.stereotype.Component;

/** Checks the codes a user sends against the city's reference data, naming every unknown one. */
@Component
class IntakeCodes {

  private static final String STREET_ELSEWHERE = "not a street of the ticket's district ";

  private final ReferenceData reference;

  IntakeCodes(ReferenceData reference) {
    this.reference = reference;
  }

  void check(ReceiveTicket command) {
    boolean districtKnown = reference.district(command.district()).isPresent();
    new FieldChecks()
        .known(reference.channel(command.channel()), "channel", "channel")
        .known(reference.ticketCategory(command.category()), "category", "category")
        .require(
            command.topic() == null || reference.ticketTopic(command.topic()).isPresent(),
            "topic",
            "unknown topic code")
        .require(districtKnown, "district", "unknown district code")
        .require(
            !districtKnown || isStreetOf(command.district(), command.place()),
            "place.street",
            STREET_ELSEWHERE + command.district())
        .failIfAny();
  }

  /** The place's street must be one of {@code district}'s. */
  void checkStreet(String district, Place place) {
    new FieldChecks()
        .require(isStreetOf(district, place), "place.street", STREET_ELSEWHERE + district)
        .failIfAny();
  }

  /** Whether the place names no street, or one of {@code district}'s. */
  private boolean isStreetOf(String district, Place place) {
    return place == null
        || place.street() == null
        || reference
            .street(place.street())
            .filter(street -> street.district().equals(district))
            .isPresent();
  }

  void checkDepartment(String department) {
    new FieldChecks()
        .known(reference.department(department), "department", "department")
        .failIfAny();
  }
}
