package io.civicline.hotline.domain;

/** The state machine forbids this action on the ticket as it is now; nothing was changed. */
public class TransitionRefusedException
    extends io.civicline.kit.aggregate.TransitionRefusedException {

  public TransitionRefusedException(Ticket ticket, String message) {
    super(ticket, message);
  }

  /** The ticket as it is, unchanged. */
  public Ticket ticket() {
    return (Ticket) record();
  }
}
