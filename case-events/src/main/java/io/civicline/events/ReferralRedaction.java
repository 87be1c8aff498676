package io.civicline.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a dead letter of {@link Topics#REFERRALS} may keep of a referral that could not be
 * processed: its {@link TicketReferral#NOT_PERSONAL} fields. The personal ones are replaced by
 * {@link #REDACTED}, fields the contract does not know are dropped, and a value that is not a JSON
 * object (not JSON, cut, invalid UTF-8) is replaced whole, since it cannot be told apart.
 */
public final class ReferralRedaction {

  public static final String REDACTED = "[redacted]";

  /** A kept field longer than any id or code is not what it claims to be. */
  private static final int MAX_KEPT_LENGTH = 64;

  private static final JsonMapper JSON = JsonMapper.shared();

  private static final Set<String> KNOWN_FIELDS =
      Arrays.stream(TicketReferral.class.getRecordComponents())
          .map(java.lang.reflect.RecordComponent::getName)
          .collect(Collectors.toUnmodifiableSet());

  /** Quoted text, long digit runs (phones, ID numbers) and any non-ASCII text (names, prose). */
  private static final List<Pattern> QUOTED_OR_PERSONAL =
      List.of(
          Pattern.compile("\"[^\"]*\""),
          Pattern.compile("'[^']*'"),
          Pattern.compile("[0-9]{5,}"),
          Pattern.compile("[^\\x00-\\x7F]+"));

  private ReferralRedaction() {}

  /** The referral's data with its personal fields redacted; null stays null (a tombstone). */
  public static byte[] redact(byte[] data) {
    if (data == null) {
      return null;
    }
    ObjectNode redacted = JSON.createObjectNode();
    JsonNode tree = readTree(data);
    if (!(tree instanceof ObjectNode referral)) {
      redacted.put("unreadable", REDACTED).put("bytes", data.length);
      return JSON.writeValueAsBytes(redacted);
    }
    for (String field : referral.propertyNames()) {
      if (isKept(field, referral.get(field))) {
        redacted.set(field, referral.get(field));
      } else if (KNOWN_FIELDS.contains(field)) {
        redacted.put(field, REDACTED);
      }
    }
    return JSON.writeValueAsBytes(redacted);
  }

  /**
   * An error message about {@code data} without what it may quote of it: the personal values of the
   * referral, and (for data that could not be read) any quoted text, long digit run or non-ASCII
   * text. Parsers quote the offending value in their messages.
   */
  public static String redactMessage(String message, byte[] data) {
    if (message == null) {
      return null;
    }
    String redacted = message;
    for (String value : personalValues(data)) {
      redacted = redacted.replace(value, REDACTED);
    }
    for (Pattern pattern : QUOTED_OR_PERSONAL) {
      redacted = pattern.matcher(redacted).replaceAll(REDACTED);
    }
    return redacted;
  }

  private static boolean isKept(String field, JsonNode value) {
    return TicketReferral.NOT_PERSONAL.contains(field)
        && (value.isNumber()
            || value.isBoolean()
            || value.isNull()
            || (value.isString() && value.asString().length() <= MAX_KEPT_LENGTH));
  }

  /** The texts inside the personal fields of {@code data}, longest first. */
  private static List<String> personalValues(byte[] data) {
    List<String> values = new ArrayList<>();
    if (data != null && readTree(data) instanceof ObjectNode referral) {
      for (String field : referral.propertyNames()) {
        if (!isKept(field, referral.get(field))) {
          collectTexts(referral.get(field), values);
        }
      }
    }
    values.sort((a, b) -> b.length() - a.length());
    return values;
  }

  private static void collectTexts(JsonNode node, List<String> into) {
    if (node.isValueNode() && !node.isNull()) {
      String text = node.asString();
      if (text.length() >= 2) {
        into.add(text);
      }
    }
    node.values().forEach(child -> collectTexts(child, into));
  }

  private static JsonNode readTree(byte[] data) {
    try {
      return JSON.readTree(data);
    } catch (JacksonException e) {
      return null;
    }
  }
}
