package io.civicline.hotline.api;

import io.civicline.hotline.domain.Caller;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.hotline.domain.Urgency;
import io.civicline.kit.privacy.PhoneNumbers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The intake form: what an agent types while the citizen is on the line, sent as JSON to the API
 * and as a form by the console. An {@code answer} means the agent resolved the ticket there and
 * then (即办). {@code place} is optional, as older clients send none.
 */
public record ReceiveTicketRequest(
    @NotBlank @Size(max = 40) String channel,
    @NotBlank @Size(max = 40) String category,
    @Size(max = 40) String topic,
    @NotBlank @Size(max = 40) String district,
    Urgency urgency,
    @Valid CallerRequest caller,
    @NotBlank @Size(max = 4000) String description,
    @Size(max = 2000) String answer,
    PlaceRequest place) {

  /** The caller's contact; absent or {@code anonymous: true} for an anonymous contact. */
  public record CallerRequest(
      @Size(max = 50) String name,
      @Pattern(regexp = PhoneNumbers.PATTERN, message = PhoneNumbers.MESSAGE) String phone,
      Boolean anonymous) {

    @AssertTrue(message = "a caller who is not anonymous needs a phone number")
    public boolean isPhoneGivenUnlessAnonymous() {
      return Boolean.TRUE.equals(anonymous) || (phone != null && !phone.isBlank());
    }

    Caller toCaller() {
      return Boolean.TRUE.equals(anonymous)
          ? Caller.anonymousCaller()
          : new Caller(name == null || name.isBlank() ? null : name.strip(), phone, false);
    }
  }

  public ReceiveTicket toCommand(String agent) {
    return new ReceiveTicket(
        channel,
        category,
        topic == null || topic.isBlank() ? null : topic,
        district,
        urgency,
        caller == null ? Caller.anonymousCaller() : caller.toCaller(),
        description.strip(),
        answer == null || answer.isBlank() ? null : answer.strip(),
        agent,
        place == null ? null : place.toPlace());
  }
}
