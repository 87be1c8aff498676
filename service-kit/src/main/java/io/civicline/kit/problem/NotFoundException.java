package io.civicline.kit.problem;

/** The addressed thing does not exist: 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, String id) {
    super(what + " " + id + " does not exist");
  }
}
