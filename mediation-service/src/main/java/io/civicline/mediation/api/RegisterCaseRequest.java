package io.civicline.mediation.api;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.kit.privacy.PhoneNumbers;
import io.civicline.mediation.domain.DeclineReason;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * The intake form: the dispute, where it happened, how it came in, who is in it and what it is
 * about, sent as JSON to the API and as a form by the console. A {@code decline} declines it at
 * once (不予受理), with the reason.
 */
public record RegisterCaseRequest(
    @NotBlank @Size(max = 40) String disputeType,
    @NotBlank @Size(max = 40) String district,
    @Size(max = 40) String township,
    @NotBlank @Size(max = 40) String source,
    @NotEmpty @Size(max = RegisterCaseRequest.MAX_PARTIES)
        List<@Valid @NotNull PartyRequest> parties,
    @NotBlank @Size(max = 4000) String summary,
    @Valid DeclineRequest decline) {

  /** The most parties a case may name. */
  public static final int MAX_PARTIES = 20;

  /**
   * One party: name, optional phone and ID number, and their side. The ID number's check character
   * X may be typed in lower case.
   */
  public record PartyRequest(
      @NotNull PartyRole role,
      @NotBlank @Size(max = 50) String name,
      @Pattern(regexp = PhoneNumbers.PATTERN, message = PhoneNumbers.MESSAGE) String phone,
      @ResidentId String idNumber) {

    public PartyRequest {
      idNumber = idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** A line of the console's parties table left empty: no party. */
    public boolean isEmpty() {
      return blankToNull(name) == null
          && blankToNull(phone) == null
          && blankToNull(idNumber) == null;
    }

    Party toParty() {
      return new Party(role, name.strip(), blankToNull(phone), blankToNull(idNumber));
    }
  }

  /** 不予受理 at intake. */
  public record DeclineRequest(@NotNull DeclineReason reason, @Size(max = 1000) String note) {}

  public RegisterCase toCommand(String mediator) {
    return new RegisterCase(
        disputeType,
        district,
        blankToNull(township),
        source,
        parties.stream().map(PartyRequest::toParty).toList(),
        summary.strip(),
        null,
        mediator);
  }
}
