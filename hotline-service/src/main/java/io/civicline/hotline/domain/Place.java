package io.civicline.hotline.domain;

/**
 * Where the matter of a ticket is: the code of its street or township (街道/乡镇) in the ticket's
 * district, an address line and coordinates (WGS-84), each optional. The street is a code like the
 * district and goes into the events; the address and coordinates are personal data, shown as {@link
 * io.civicline.hotline.PlaceDisclosure} decides, never logged and never on a topic.
 */
public record Place(String street, String address, Coordinates coordinates) {

  /** A point in WGS-84 degrees, as a phone's or browser's geolocation gives it. */
  public record Coordinates(double latitude, double longitude) {

    @Override
    public String toString() {
      return "Coordinates[hidden]";
    }
  }

  /** The place as shown to those who do not work the ticket now: its street only. */
  public Place streetOnly() {
    return new Place(street, null, null);
  }

  @Override
  public String toString() {
    return "Place[street=" + street + ", address and coordinates hidden]";
  }
}
