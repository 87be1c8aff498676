package io.civicline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a dead letter keeps of a referral: its ids and codes, never the caller or the text. */
class ReferralRedactionTests {

  private static final String NAME = "市民王五";
  private static final String PHONE = "13944440001";
  private static final String DESCRIPTION = "楼上装修噪音扰民，协商未果";
  private static final String NOTE = "caller asks for an evening call";

  private static final TicketReferral REFERRAL =
      new TicketReferral(
          TicketReferral.TYPE,
          "e-1",
          "t-1",
          "12345-20260316-000008",
          Instant.parse("2026-03-16T08:00:00Z"),
          "agent",
          "ATLANTIS",
          "COMPLAINT",
          "NOISE",
          new TicketReferral.Contact(NAME, PHONE, false),
          DESCRIPTION,
          NOTE);

  @Test
  void aReferralKeepsItsIdsAndCodesAndLosesTheCallerTheDescriptionAndTheNote() {
    byte[] redacted = ReferralRedaction.redact(EventJson.write(REFERRAL));

    JsonNode letter = JsonMapper.shared().readTree(redacted);
    assertThat(text(redacted)).doesNotContain(NAME, PHONE, DESCRIPTION, NOTE);
    assertThat(letter.get("type").asString()).isEqualTo(TicketReferral.TYPE);
    assertThat(letter.get("eventId").asString()).isEqualTo("e-1");
    assertThat(letter.get("ticketId").asString()).isEqualTo("t-1");
    assertThat(letter.get("ticketNumber").asString()).isEqualTo("12345-20260316-000008");
    assertThat(letter.get("district").asString()).isEqualTo("ATLANTIS");
    assertThat(letter.get("caller").asString()).isEqualTo(ReferralRedaction.REDACTED);
    assertThat(letter.get("description").asString()).isEqualTo(ReferralRedaction.REDACTED);
    assertThat(letter.get("note").asString()).isEqualTo(ReferralRedaction.REDACTED);
  }

  @Test
  void dataThatIsNotAJsonObjectIsReplacedWhole() {
    byte[] json = EventJson.write(REFERRAL);
    byte[] cut = Arrays.copyOf(json, json.length - 5);

    assertThat(text(ReferralRedaction.redact(cut)))
        .doesNotContain(NAME, PHONE, DESCRIPTION)
        .contains(ReferralRedaction.REDACTED);
    assertThat(text(ReferralRedaction.redact(("\"" + PHONE + "\"").getBytes())))
        .doesNotContain(PHONE);
    assertThat(ReferralRedaction.redact(null)).isNull();
  }

  @Test
  void unknownFieldsAndKeptFieldsThatHoldMoreThanACodeAreLeftOut() {
    String data =
        "{\"type\":\"x\",\"ticketId\":{\"name\":\""
            + NAME
            + "\"},\"district\":\""
            + DESCRIPTION.repeat(10)
            + "\",\"callerPhone\":\""
            + PHONE
            + "\"}";

    byte[] redacted = ReferralRedaction.redact(data.getBytes(StandardCharsets.UTF_8));

    assertThat(text(redacted)).doesNotContain(NAME, PHONE, DESCRIPTION, "callerPhone");
  }

  @Test
  void anErrorMessageLosesWhatItQuotesOfTheRecord() {
    byte[] data = EventJson.write(REFERRAL);

    assertThat(
            ReferralRedaction.redactMessage(
                "not a TicketReferral: Cannot deserialize value of type `java.time.Instant` from"
                    + " String \"yesterday\"",
                data))
        .doesNotContain("yesterday")
        .contains("java.time.Instant");
    assertThat(
            ReferralRedaction.redactMessage(
                "caller " + NAME + " (" + PHONE + ") and " + NOTE, "{broken".getBytes()))
        .doesNotContain(NAME, PHONE);
    assertThat(ReferralRedaction.redactMessage("note: " + NOTE, data)).doesNotContain(NOTE);
  }

  @Test
  void everyFieldOfAReferralIsEitherNamedNotPersonalOrRedacted() {
    Set<String> fields =
        Arrays.stream(TicketReferral.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    fields.removeAll(TicketReferral.NOT_PERSONAL);

    // A field added to the contract is personal (redacted) until it is named in NOT_PERSONAL.
    assertThat(fields).containsExactlyInAnyOrder("caller", "description", "note");
  }

  private static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }
}
