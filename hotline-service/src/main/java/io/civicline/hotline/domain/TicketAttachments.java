package io.civicline.hotline.domain;

import io.civicline.events.TicketEventType;
import io.civicline.kit.files.FileLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos and documents on a ticket: it takes them while it is open, up to {@link
 * FileLimits#MAX_PER_RECORD}. The audit trail records a file's type, never its name.
 */
final class TicketAttachments {

  private TicketAttachments() {}

  static void requireRoom(Ticket ticket, int count) {
    ticket.require(ticket.status().isOpen(), "a finished ticket takes no more files");
    ticket.require(
        ticket.files().size() + count <= FileLimits.MAX_PER_RECORD,
        "a ticket keeps at most " + FileLimits.MAX_PER_RECORD + " files");
  }

  static Ticket.Change attach(Ticket ticket, TicketFile file, Instant now) {
    requireRoom(ticket, 1);
    List<TicketFile> attached = new ArrayList<>(ticket.files());
    attached.add(file);
    return ticket
        .take(TicketAction.ATTACH_FILE, TicketEventType.FILE_ATTACHED, file.by(), now)
        .files(attached)
        .note(file.type().mediaType())
        .change();
  }
}
