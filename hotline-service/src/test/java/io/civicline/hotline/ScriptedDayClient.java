package io.civicline.hotline;

import io.civicline.kit.testing.ScriptedClient;
import java.util.Locale;

/** The scripted day's HTTP side, and its users. */
final class ScriptedDayClient extends ScriptedClient {

  static final User AGENT = new User("agent");
  static final User HEATING = new User("heating");

  /** The staff user of a department, as {@link ScriptedDayTests} configures one for each. */
  static User staffOf(String department) {
    return new User(department.toLowerCase(Locale.ROOT));
  }

  ScriptedDayClient(int port) {
    super(port);
  }
}
