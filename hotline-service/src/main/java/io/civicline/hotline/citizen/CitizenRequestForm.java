package io.civicline.hotline.citizen;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.api.PlaceRequest;
import io.civicline.hotline.domain.Caller;
import io.civicline.hotline.domain.Place;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.kit.privacy.PhoneNumbers;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The citizen page's request form as typed, kept so that a refused form comes back intact (the
 * challenge's answer and token excepted: a new question comes with it). {@link #problems} names
 * each bad field with the key of its message; the place's rules are {@link PlaceRequest}'s.
 */
record CitizenRequestForm(
    String topic,
    String district,
    String street,
    String address,
    String latitude,
    String longitude,
    String description,
    String name,
    String phone,
    String answer,
    String token) {

  /** Who received a request the citizen submitted on the page. */
  static final String RECEIVED_BY = "citizen-web";

  static final String CHANNEL = "WEB";

  /** Every request from the page is the citizen's own: help with a matter (求助). */
  static final String CATEGORY = "HELP";

  static CitizenRequestForm empty() {
    return new CitizenRequestForm(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** Each bad field and the key of its message ({@code citizen.error.*}); empty when good. */
  Map<String, String> problems(ReferenceData reference) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (blankToNull(topic) == null) {
      problems.put("topic", "missing");
    } else if (reference.ticketTopic(topic.strip()).isEmpty()) {
      problems.put("topic", "unknown");
    }
    String area = blankToNull(district);
    if (area == null) {
      problems.put("district", "missing");
    } else if (reference.district(area).isEmpty()) {
      problems.put("district", "unknown");
    } else if (blankToNull(street) != null
        && reference.street(street.strip()).filter(s -> s.district().equals(area)).isEmpty()) {
      problems.put("street", "otherDistrict");
    }
    String text = blankToNull(description);
    if (text == null) {
      problems.put("description", "missing");
    } else if (text.codePointCount(0, text.length()) > ReceiveTicket.MAX_DESCRIPTION) {
      problems.put("description", "tooLong");
    }
    oneLine("address", address, problems);
    oneLine("name", name, problems);
    String who = blankToNull(name);
    if (who != null && who.codePointCount(0, who.length()) > ReceiveTicket.MAX_NAME) {
      problems.put("name", "tooLong");
    }
    if (blankToNull(phone) != null && !PhoneNumbers.isValid(phone.strip())) {
      problems.put("phone", "phone");
    }
    placeProblems(problems);
    return problems;
  }

  private void placeProblems(Map<String, String> problems) {
    Double lat = degrees(latitude);
    Double lon = degrees(longitude);
    if ((blankToNull(latitude) != null && lat == null)
        || (blankToNull(longitude) != null && lon == null)) {
      problems.putIfAbsent("coordinates", "coordinates");
      return;
    }
    try {
      if (new PlaceRequest(street, address, lat, lon).toPlace() == null) {
        problems.putIfAbsent("address", "place");
      }
    } catch (InvalidRequestException e) {
      e.fields()
          .forEach(
              f -> {
                switch (f.field()) {
                  case "place.address" -> problems.putIfAbsent("address", "tooLong");
                  case "place.street" -> problems.putIfAbsent("street", "otherDistrict");
                  default -> problems.putIfAbsent("coordinates", "coordinates");
                }
              });
    }
  }

  /** The command of a form without {@link #problems}. */
  ReceiveTicket toCommand() {
    Place place =
        new PlaceRequest(street, address, degrees(latitude), degrees(longitude)).toPlace();
    return new ReceiveTicket(
        CHANNEL,
        CATEGORY,
        topic.strip(),
        district.strip(),
        null,
        Caller.leftBy(blankToNull(name), blankToNull(phone)),
        description.strip(),
        null,
        RECEIVED_BY,
        place);
  }

  /** The form as it comes back after a refusal: as typed, without the spent challenge. */
  CitizenRequestForm withoutChallenge() {
    return new CitizenRequestForm(
        topic,
        district,
        street,
        address,
        latitude,
        longitude,
        description,
        name,
        phone,
        null,
        null);
  }

  private static void oneLine(String field, String value, Map<String, String> problems) {
    if (value != null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
      problems.put(field, "oneLine");
    }
  }

  private static Double degrees(String value) {
    String given = blankToNull(value);
    if (given == null || !given.matches("-?[0-9]{1,3}(\\.[0-9]{1,12})?")) {
      return null;
    }
    return Double.valueOf(given);
  }

  @Override
  public String toString() {
    return "CitizenRequestForm[topic=" + topic + ", district=" + district + ", personal hidden]";
  }
}
