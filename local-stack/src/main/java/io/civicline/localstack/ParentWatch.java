package io.civicline.localstack;

/**
 * Stops a child JVM (through its shutdown hooks) when the process that started it is gone, so a
 * launcher killed with {@code kill -9} leaves no broker or database behind.
 */
final class ParentWatch {

  private ParentWatch() {}

  static void exitWhenParentEnds(String what) {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            parent ->
                parent
                    .onExit()
                    .thenRun(
                        () -> {
                          System.out.println(
                              "The launcher (pid " + parent.pid() + ") is gone: stopping " + what);
                          System.exit(0);
                        }));
  }
}
