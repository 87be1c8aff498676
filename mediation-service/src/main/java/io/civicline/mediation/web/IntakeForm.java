package io.civicline.mediation.web;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.mediation.domain.DeclineReason;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import io.civicline.mediation.domain.ResidentIdNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The intake form as the mediator typed it, kept as typed so that a rejected form comes back
 * intact. Its rules are those of the API's registration; the codes are checked against the
 * reference data by the desk. {@code intent} is the button pressed: none or {@code register} to
 * take the case on, {@code decline} to record it as declined (不予受理), {@code more} for more party
 * lines.
 */
class IntakeForm {

  static final int MAX_PARTIES = 20;
  static final int MORE_LINES = 2;

  @NotBlank
  @Size(max = 40)
  private String disputeType;

  @NotBlank
  @Size(max = 40)
  private String district;

  @Size(max = 40)
  private String township;

  @NotBlank
  @Size(max = 40)
  private String source = "WALK_IN";

  @Valid
  private List<PartyRow> parties =
      new ArrayList<>(
          List.of(
              new PartyRow(PartyRole.APPLICANT),
              new PartyRow(PartyRole.RESPONDENT),
              new PartyRow(PartyRole.RESPONDENT)));

  @NotBlank
  @Size(max = 4000)
  private String summary;

  private boolean assignToMe;

  private DeclineReason declineReason;

  @Size(max = 1000)
  private String declineNote;

  private String intent;

  boolean wantsMoreLines() {
    return "more".equals(intent);
  }

  boolean declines() {
    return "decline".equals(intent);
  }

  void addLines() {
    for (int i = 0; i < MORE_LINES && parties.size() < MAX_PARTIES; i++) {
      parties.add(new PartyRow(PartyRole.RESPONDENT));
    }
  }

  /**
   * The rules bean validation cannot say: each filled line names its party, with a valid ID number
   * if any; an applicant and a respondent at least; a reason to decline.
   */
  void check(Errors errors) {
    List<PartyRow> filled = filled();
    for (int i = 0; i < parties.size(); i++) {
      PartyRow row = parties.get(i);
      if (row.isEmpty()) {
        continue;
      }
      String line = "parties[" + i + "].";
      if (row.getRole() == null && !errors.hasFieldErrors(line + "role")) {
        errors.rejectValue(line + "role", "NotNull");
      }
      if (blankToNull(row.getName()) == null && !errors.hasFieldErrors(line + "name")) {
        errors.rejectValue(line + "name", "NotBlank");
      }
      String idNumber = row.idNumberOrNull();
      if (idNumber != null
          && !ResidentIdNumber.isValid(idNumber)
          && !errors.hasFieldErrors(line + "idNumber")) {
        errors.rejectValue(line + "idNumber", "intake.idNumber");
      }
    }
    if (filled.size() > MAX_PARTIES) {
      errors.rejectValue("parties", "intake.tooManyParties", new Object[] {MAX_PARTIES}, null);
    } else if (!has(filled, PartyRole.APPLICANT) || !has(filled, PartyRole.RESPONDENT)) {
      errors.rejectValue("parties", "intake.needsBothSides");
    }
    if (declines() && declineReason == null) {
      errors.rejectValue("declineReason", "NotNull");
    }
  }

  RegisterCase toCommand(String mediator) {
    return new RegisterCase(
        disputeType.strip(),
        district.strip(),
        blankToNull(township),
        source.strip(),
        filled().stream().map(PartyRow::toParty).toList(),
        summary.strip(),
        null,
        mediator);
  }

  String declineNoteOrNull() {
    return blankToNull(declineNote);
  }

  private List<PartyRow> filled() {
    return parties.stream().filter(row -> !row.isEmpty()).toList();
  }

  private static boolean has(List<PartyRow> rows, PartyRole role) {
    return rows.stream().anyMatch(row -> row.getRole() == role);
  }

  public String getDisputeType() {
    return disputeType;
  }

  public void setDisputeType(String disputeType) {
    this.disputeType = disputeType;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getTownship() {
    return township;
  }

  public void setTownship(String township) {
    this.township = township;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public List<PartyRow> getParties() {
    return parties;
  }

  public void setParties(List<PartyRow> parties) {
    this.parties = parties;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public boolean isAssignToMe() {
    return assignToMe;
  }

  public void setAssignToMe(boolean assignToMe) {
    this.assignToMe = assignToMe;
  }

  public DeclineReason getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(DeclineReason declineReason) {
    this.declineReason = declineReason;
  }

  public String getDeclineNote() {
    return declineNote;
  }

  public void setDeclineNote(String declineNote) {
    this.declineNote = declineNote;
  }

  public String getIntent() {
    return intent;
  }

  public void setIntent(String intent) {
    this.intent = intent;
  }
}
