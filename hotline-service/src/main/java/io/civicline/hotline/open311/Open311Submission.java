package io.civicline.hotline.open311;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.Caller;
import io.civicline.hotline.domain.Place;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.kit.privacy.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A {@code POST requests} form read into the intake command, every bad field named at once (400),
 * an unknown service a 404. The place: {@code attribute[STREET]}, {@code address_string}, {@code
 * lat}/{@code long} (one of them, as the specification asks a location); the contact is optional
 * (without a phone the request is anonymous). Not taken: {@code email} (the hotline calls back by
 * phone and keeps no e-mail address) and {@code media_url} (photos are uploaded, not linked), each
 * refused rather than dropped; {@code address_id} alone (the city has no master address ids).
 */
record Open311Submission(Map<String, String> form) {

  static final int MAX_ADDRESS = 200;

  ReceiveTicket toCommand(ReferenceData reference, Open311Properties.ApiKey app) {
    String code = value("service_code");
    if (code == null) {
      throw Open311Failure.badRequest("service_code", "missing");
    }
    if (reference.ticketTopic(code).isEmpty()) {
      throw Open311Failure.notFound("service_code " + code + " not found");
    }
    List<Open311Failure.Error> errors = new ArrayList<>();
    String district = value("attribute[" + Open311Services.DISTRICT + "]");
    if (district == null) {
      errors.add(error("attribute[DISTRICT]", "missing: the district is required"));
    } else if (reference.district(district).isEmpty()) {
      errors.add(error("attribute[DISTRICT]", "unknown district " + district));
    }
    String category = value("attribute[" + Open311Services.CATEGORY + "]");
    if (category == null) {
      category = Open311Services.DEFAULT_CATEGORY;
    } else if (reference.ticketCategory(category).isEmpty()) {
      errors.add(error("attribute[CATEGORY]", "unknown kind of request " + category));
    }
    String description = value("description");
    if (description == null) {
      errors.add(error("description", "missing: say what the matter is"));
    } else if (description.codePointCount(0, description.length())
        > ReceiveTicket.MAX_DESCRIPTION) {
      errors.add(error("description", "at most " + ReceiveTicket.MAX_DESCRIPTION + " characters"));
    }
    Place place = place(errors);
    Caller caller = caller(errors);
    for (String refused : List.of("email", "media_url")) {
      if (value(refused) != null) {
        errors.add(
            error(
                refused,
                refused.equals("email")
                    ? "not taken: give a phone number to be called back"
                    : "not taken: photos are uploaded on the citizen page, not linked"));
      }
    }
    if (!errors.isEmpty()) {
      throw new Open311Failure(HttpStatus.BAD_REQUEST, errors);
    }
    return new ReceiveTicket(
        app.channel(),
        category,
        code,
        district,
        null,
        caller,
        description,
        null,
        Open311Properties.RECEIVED_BY_PREFIX + app.app(),
        place);
  }

  private Place place(List<Open311Failure.Error> errors) {
    String street = value("attribute[" + Open311Services.STREET + "]");
    String address = value("address_string");
    String lat = value("lat");
    String lon = value("long");
    if (address != null && address.codePointCount(0, address.length()) > MAX_ADDRESS) {
      errors.add(error("address_string", "at most " + MAX_ADDRESS + " characters"));
    }
    Place.Coordinates at = null;
    if (lat != null || lon != null) {
      Double latitude = degrees("lat", lat, 90, errors);
      Double longitude = degrees("long", lon, 180, errors);
      if (latitude != null && longitude != null) {
        at = new Place.Coordinates(latitude, longitude);
      }
    } else if (address == null) {
      errors.add(
          error(
              value("address_id") != null ? "address_id" : "lat",
              value("address_id") != null
                  ? "this city has no address ids: send lat and long, or address_string"
                  : "a location is required: lat and long, or address_string"));
    }
    return new Place(street, address, at);
  }

  private static Double degrees(
      String field, String given, double limit, List<Open311Failure.Error> errors) {
    if (given == null) {
      errors.add(error(field, "send lat and long together"));
      return null;
    }
    try {
      double value = Double.parseDouble(given);
      if (value >= -limit && value <= limit) {
        return value;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    errors.add(
        error(field, "must be WGS-84 degrees between -" + (int) limit + " and " + (int) limit));
    return null;
  }

  private Caller caller(List<Open311Failure.Error> errors) {
    String first = value("first_name");
    String last = value("last_name");
    String phone = value("phone");
    String name = fullName(first, last);
    if (name != null && name.codePointCount(0, name.length()) > ReceiveTicket.MAX_NAME) {
      errors.add(
          error("first_name", "the name is at most " + ReceiveTicket.MAX_NAME + " characters"));
    }
    if (phone != null && !PhoneNumbers.isValid(phone)) {
      errors.add(error("phone", PhoneNumbers.MESSAGE));
    }
    return Caller.leftBy(name, phone);
  }

  /** A Chinese name is written family name first, without a space; others given name first. */
  private static String fullName(String first, String last) {
    if (first == null || last == null) {
      return first == null ? last : first;
    }
    boolean chinese =
        (first + last)
            .codePoints()
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    return chinese ? last + first : first + " " + last;
  }

  String value(String name) {
    String value = form.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Open311Failure.Error error(String field, String description) {
    return new Open311Failure.Error(400, field + ": " + description);
  }
}
