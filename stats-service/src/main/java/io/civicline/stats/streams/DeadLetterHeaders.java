package io.civicline.stats.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The headers that say why a record is in a dead-letter topic. Names and encodings are those of
 * spring-kafka's {@code DeadLetterPublishingRecoverer} (strings in UTF-8, partition as a 4-byte
 * int, offset as an 8-byte long), so every dead-letter topic of the project reads alike.
 */
public final class DeadLetterHeaders {

  public static final String EXCEPTION_FQCN = KafkaHeaders.DLT_EXCEPTION_FQCN;
  public static final String EXCEPTION_CAUSE_FQCN = KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN;
  public static final String EXCEPTION_MESSAGE = KafkaHeaders.DLT_EXCEPTION_MESSAGE;
  public static final String ORIGINAL_TOPIC = KafkaHeaders.DLT_ORIGINAL_TOPIC;
  public static final String ORIGINAL_PARTITION = KafkaHeaders.DLT_ORIGINAL_PARTITION;
  public static final String ORIGINAL_OFFSET = KafkaHeaders.DLT_ORIGINAL_OFFSET;

  private DeadLetterHeaders() {}

  /** The original headers plus the error and where the record came from. */
  static Headers describe(Headers original, Exception error, Optional<RecordMetadata> metadata) {
    Headers headers = new RecordHeaders(original.toArray());
    put(headers, EXCEPTION_FQCN, error.getClass().getName());
    if (error.getCause() != null) {
      put(headers, EXCEPTION_CAUSE_FQCN, error.getCause().getClass().getName());
    }
    put(headers, EXCEPTION_MESSAGE, String.valueOf(error.getMessage()));
    metadata.ifPresent(
        source -> {
          put(headers, ORIGINAL_TOPIC, source.topic());
          headers.add(
              ORIGINAL_PARTITION,
              ByteBuffer.allocate(Integer.BYTES).putInt(source.partition()).array());
          headers.add(
              ORIGINAL_OFFSET, ByteBuffer.allocate(Long.BYTES).putLong(source.offset()).array());
        });
    return headers;
  }

  public static Optional<Integer> partition(Headers headers) {
    return value(headers, ORIGINAL_PARTITION).map(bytes -> ByteBuffer.wrap(bytes).getInt());
  }

  public static Optional<Long> offset(Headers headers) {
    return value(headers, ORIGINAL_OFFSET).map(bytes -> ByteBuffer.wrap(bytes).getLong());
  }

  private static Optional<byte[]> value(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null ? Optional.empty() : Optional.ofNullable(header.value());
  }

  private static void put(Headers headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
