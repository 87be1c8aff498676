package io.civicline.hotline.web;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.hotline.api.PlaceRequest;
import io.civicline.hotline.domain.Caller;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.hotline.domain.Urgency;
import io.civicline.kit.privacy.PhoneNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * The intake form as the agent typed it, kept as typed so that a rejected form comes back intact.
 * Its rules are those of the API's intake request; the codes are checked against the reference data
 * by the desk.
 */
class IntakeForm {

  @NotBlank
  @Size(max = 40)
  private String channel = "PHONE";

  @NotBlank
  @Size(max = 40)
  private String category;

  @Size(max = 40)
  private String topic;

  @NotBlank
  @Size(max = 40)
  private String district;

  private Urgency urgency = Urgency.NORMAL;

  @Size(max = 50)
  private String callerName;

  @Pattern(regexp = "^$|" + PhoneNumbers.PATTERN)
  private String phone;

  private boolean anonymous;

  @NotBlank
  @Size(max = 4000)
  private String description;

  @Size(max = 2000)
  private String answer;

  // The place's rules are PlaceRequest's, applied when the form becomes a command.
  private String street;
  private String address;
  private Double latitude;
  private Double longitude;

  /** The rule bean validation cannot say: a caller who is not anonymous leaves a phone number. */
  void checkPhoneUnlessAnonymous(Errors errors) {
    if (!anonymous && (phone == null || phone.isBlank()) && !errors.hasFieldErrors("phone")) {
      errors.rejectValue("phone", "intake.phone.required");
    }
  }

  ReceiveTicket toCommand(String agent) {
    Caller caller =
        anonymous
            ? Caller.anonymousCaller()
            : new Caller(blankToNull(callerName), phone.strip(), false);
    return new ReceiveTicket(
        channel,
        category,
        blankToNull(topic),
        district,
        urgency == null ? Urgency.NORMAL : urgency,
        caller,
        description.strip(),
        blankToNull(answer),
        agent,
        new PlaceRequest(street, address, latitude, longitude).toPlace());
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public String getCallerName() {
    return callerName;
  }

  public void setCallerName(String callerName) {
    this.callerName = callerName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
