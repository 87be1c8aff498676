package io.civicline.kit.problem;

/** The user may use this endpoint but not on this case (e.g. another department's ticket): 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
