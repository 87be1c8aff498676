package io.civicline.localstack;

/** A setting the launcher cannot use; its message is the one line shown to the user. */
final class OptionException extends RuntimeException {

  OptionException(String message) {
    super(message);
  }
}
