package io.civicline.kit.kafka;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.header.Headers;

/**
 * What of an unprocessable record goes to its dead-letter topic: the value, cut to {@link
 * #MAX_VALUE_BYTES} when longer. A record near the broker's maximum plus the error headers would be
 * too large for the dead-letter topic, fail to publish, and block its partition (or stop a stream
 * thread). A cut value carries its original length in {@link #ORIGINAL_LENGTH}.
 */
public final class DeadLetterValues {

  /** Enough of any record to see what it was; far below the broker's 1 MB. */
  public static final int MAX_VALUE_BYTES = 64 * 1024;

  /** Header of a cut value: its original length in bytes, as a 4-byte int. */
  public static final String ORIGINAL_LENGTH = "civicline_dlt_original_length";

  private DeadLetterValues() {}

  /** {@code value}, or its first {@link #MAX_VALUE_BYTES} noted in {@code headers}. */
  public static byte[] bounded(byte[] value, Headers headers) {
    if (value == null || value.length <= MAX_VALUE_BYTES) {
      return value;
    }
    headers.add(ORIGINAL_LENGTH, ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
    return Arrays.copyOf(value, MAX_VALUE_BYTES);
  }
}
