package io.civicline.localstack;

/** The launcher's polling interval, interrupt-aware. */
final class Pause {

  private Pause() {}

  static void briefly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
