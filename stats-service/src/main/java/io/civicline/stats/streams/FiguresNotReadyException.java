package io.civicline.stats.streams;

import io.civicline.kit.problem.UnavailableException;

/**
 * The figures cannot be read yet: the stream is starting, rebalancing or restoring. Retry shortly.
 */
public class FiguresNotReadyException extends UnavailableException {

  public FiguresNotReadyException(String message) {
    super(message);
  }

  public FiguresNotReadyException(String message, Throwable cause) {
    super(message, cause);
  }
}
