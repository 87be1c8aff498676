package io.civicline.kit.kafka;

import io.civicline.events.ReferralRedaction;
import io.civicline.events.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Takes the personal data out of a dead letter of {@link Topics#REFERRALS} before it is written:
 * the value keeps the referral's ids, codes and type ({@link ReferralRedaction}), the error headers
 * keep the exception's class and a message without what it quoted of the record, and the stack
 * trace (which repeats those messages) is left out. {@value #REDACTED} marks such a letter.
 */
final class RedactedDeadLetters {

  static final String REDACTED = "civicline_dlt_redacted";

  private RedactedDeadLetters() {}

  static boolean apply(String topic) {
    return Topics.REFERRALS.equals(topic);
  }

  /** The value to write; {@code headers} are redacted in place. */
  static byte[] redact(byte[] value, Headers headers) {
    Header message = headers.lastHeader(KafkaHeaders.DLT_EXCEPTION_MESSAGE);
    headers.remove(KafkaHeaders.DLT_EXCEPTION_MESSAGE);
    headers.remove(KafkaHeaders.DLT_EXCEPTION_STACKTRACE);
    if (message != null && message.value() != null) {
      String text = new String(message.value(), StandardCharsets.UTF_8);
      headers.add(
          KafkaHeaders.DLT_EXCEPTION_MESSAGE,
          ReferralRedaction.redactMessage(text, value).getBytes(StandardCharsets.UTF_8));
    }
    headers.add(REDACTED, "true".getBytes(StandardCharsets.UTF_8));
    return ReferralRedaction.redact(value);
  }
}
