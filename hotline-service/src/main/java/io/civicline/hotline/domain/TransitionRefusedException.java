package io.civicline.hotline.domain;

/** The state machine forbids this action on the ticket as it is now; nothing was changed. */
public class TransitionRefusedException extends RuntimeException {

  private final transient Ticket ticket;

  public TransitionRefusedException(Ticket ticket, String message) {
    super(message);
    this.ticket = ticket;
  }

  /** The ticket as it is, unchanged. */
  public Ticket ticket() {
    return ticket;
  }
}
