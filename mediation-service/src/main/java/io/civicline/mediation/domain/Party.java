package io.civicline.mediation.domain;

/**
 * A party to the dispute: personal data. Shown in full to the case's mediator and to admins only,
 * masked for everyone else, never logged and never put on the event topics. Phone and ID number are
 * optional (a referred caller gives a phone only, an anonymous one nothing).
 */
public record Party(PartyRole role, String name, String phone, String idNumber) {

  public Party {
    if (role == null) {
      throw new IllegalArgumentException("a party needs a role");
    }
    if (idNumber != null && !ResidentIdNumber.isValid(idNumber)) {
      throw new IllegalArgumentException("not a valid resident ID number");
    }
  }

  @Override
  public String toString() {
    return "Party[" + role + ", personal data]";
  }
}
