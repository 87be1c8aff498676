package io.civicline.hotline.domain;

import io.civicline.kit.files.FileType;
import java.time.Instant;

/**
 * A photo or document on a ticket, as the ticket keeps it: the file's id in the file store, its
 * type (read from its content), its size, and when and by whom it was attached. The sender's file
 * name is not kept: it can be personal.
 */
public record TicketFile(String id, FileType type, long size, Instant at, String by) {}
