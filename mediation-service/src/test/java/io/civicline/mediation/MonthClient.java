package io.civicline.mediation;

import io.civicline.kit.testing.ScriptedClient;

/** The scripted month's HTTP side, and its users. */
final class MonthClient extends ScriptedClient {

  static final User MEDIATOR = new User("mediator");
  static final User MEDIATOR2 = new User("mediator2");
  static final User ADMIN = new User("admin");

  /** The mediation lead of the district YIMEI. */
  static final User LEAD = new User("lead");

  MonthClient(int port) {
    super(port);
  }
}
