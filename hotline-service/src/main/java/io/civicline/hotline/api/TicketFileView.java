package io.civicline.hotline.api;

import io.civicline.hotline.domain.TicketFile;
import java.time.Instant;

/** A file on a ticket as its handlers see it listed: no name (it can be personal), no content. */
public record TicketFileView(
    String id, String type, long size, Instant attachedAt, String attachedBy) {

  public static TicketFileView of(TicketFile file) {
    return new TicketFileView(
        file.id(), file.type().mediaType(), file.size(), file.at(), file.by());
  }
}
