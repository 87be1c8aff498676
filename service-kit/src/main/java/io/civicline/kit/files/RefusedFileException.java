package io.civicline.kit.files;

import io.civicline.kit.problem.InvalidRequestException;

/**
 * A file not taken (empty, too large, not a JPEG, PNG or PDF, or unreadable): a 400 on {@code
 * file}.
 */
public class RefusedFileException extends InvalidRequestException {

  public static final String FIELD = "file";

  public RefusedFileException(String reason) {
    super(FIELD, reason);
  }

  /** Why the file is not taken, as the client is told. */
  public String reason() {
    return fields().get(0).message();
  }
}
