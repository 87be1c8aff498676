package io.civicline.mediation.web;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.kit.privacy.PhoneNumbers;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * One line of the parties table of the intake form, as typed. A line left empty is no party; a
 * filled one needs a name, and its phone and ID number are checked as the API checks them.
 */
class PartyRow {

  private PartyRole role;

  @Size(max = 50)
  private String name;

  @Pattern(regexp = "^\\s*$|" + PhoneNumbers.PATTERN)
  private String phone;

  @Size(max = 18)
  private String idNumber;

  PartyRow() {}

  PartyRow(PartyRole role) {
    this.role = role;
  }

  boolean isEmpty() {
    return blankToNull(name) == null && blankToNull(phone) == null && blankToNull(idNumber) == null;
  }

  /** The ID number as the register keeps it: no spaces, a capital check character X. */
  String idNumberOrNull() {
    String number = blankToNull(idNumber);
    return number == null ? null : number.toUpperCase(Locale.ROOT);
  }

  Party toParty() {
    return new Party(role, name.strip(), blankToNull(phone), idNumberOrNull());
  }

  public PartyRole getRole() {
    return role;
  }

  public void setRole(PartyRole role) {
    this.role = role;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }
}
