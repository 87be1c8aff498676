package io.civicline.localstack;

/** A child that ended while the stack was starting: its name, exit code and the end of its log. */
final class ChildFailedException extends RuntimeException {

  private static final int LOG_LINES = 20;

  private final transient ChildProcess child;

  ChildFailedException(ChildProcess child) {
    super(child.name() + " exited with code " + child.process().exitValue() + " while starting");
    this.child = child;
  }

  /** What the user sees: the first line, then the last lines of the child's log. */
  String report() {
    return getMessage()
        + "; the last lines of "
        + child.log()
        + ":\n    "
        + String.join("\n    ", child.lastLogLines(LOG_LINES));
  }
}
