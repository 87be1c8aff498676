package io.civicline.kit.problem;

/** Something the request needs is not ready or not reachable yet: 503 with Retry-After. */
public class UnavailableException extends RuntimeException {

  public UnavailableException(String message) {
    super(message);
  }

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
