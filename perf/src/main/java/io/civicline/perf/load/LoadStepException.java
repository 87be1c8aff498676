package io.civicline.perf.load;

/** A step of the load got an answer it did not expect; the ticket or case is left as it was. */
final class LoadStepException extends RuntimeException {

  LoadStepException(String message) {
    super(message);
  }

  LoadStepException(String message, Throwable cause) {
    super(message, cause);
  }
}
