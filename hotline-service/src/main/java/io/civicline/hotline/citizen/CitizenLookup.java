package io.civicline.hotline.citizen;

/** What a citizen types to find their request again: its number and the lookup code. */
record CitizenLookup(String number, String code) {

  /** The number to fill the form in with again: as typed, unless it cannot be one. */
  String shownNumber() {
    return number != null && number.length() <= 40 ? number : null;
  }

  @Override
  public String toString() {
    return "CitizenLookup[" + shownNumber() + ", code hidden]";
  }
}
