package io.civicline.hotline.api;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.hotline.domain.Place;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the matter is, as a user sends it at intake or in the place action (API and console): the
 * street's code, an address line and WGS-84 coordinates, each optional, the coordinates both or
 * neither. The rules are here, once; that the street belongs to the ticket's district the desk
 * checks against the reference data. A bad field is a 400 naming {@code place.<field>}.
 */
public record PlaceRequest(String street, String address, Double latitude, Double longitude) {

  static final int MAX_ADDRESS = 200;

  /** The place asked for; null when every part is empty. */
  public Place toPlace() {
    List<FieldProblem> problems = new ArrayList<>();
    String code = blankToNull(street);
    String line = blankToNull(address);
    if (code != null && code.length() > 40) {
      problems.add(new FieldProblem("place.street", "unknown street code"));
    }
    if (line != null && line.codePointCount(0, line.length()) > MAX_ADDRESS) {
      problems.add(new FieldProblem("place.address", "at most " + MAX_ADDRESS + " characters"));
    }
    if ((latitude == null) != (longitude == null)) {
      problems.add(
          new FieldProblem(
              latitude == null ? "place.latitude" : "place.longitude",
              "give both latitude and longitude, or neither"));
    }
    if (latitude != null && !(latitude >= -90 && latitude <= 90)) {
      problems.add(new FieldProblem("place.latitude", "must be between -90 and 90 (WGS-84)"));
    }
    if (longitude != null && !(longitude >= -180 && longitude <= 180)) {
      problems.add(new FieldProblem("place.longitude", "must be between -180 and 180 (WGS-84)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Place.Coordinates at = latitude == null ? null : new Place.Coordinates(latitude, longitude);
    return code == null && line == null && at == null ? null : new Place(code, line, at);
  }

  @Override
  public String toString() {
    return "PlaceRequest[street=" + street + ", address and coordinates hidden]";
  }
}
