package io.civicline.hotline;

import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketFile;
import io.civicline.kit.aggregate.TransitionRefusedException;
import io.civicline.kit.files.CheckedFile;
import io.civicline.kit.files.FileLimits;
import io.civicline.kit.files.GridFsFiles;
import io.civicline.kit.files.LocationStrip;
import io.civicline.kit.files.RefusedFileException;
import io.civicline.kit.files.StoredFile;
import io.civicline.kit.privacy.PersonalDataLog;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.NotFoundException;
import io.civicline.kit.problem.RecordConflictException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos and documents on tickets. Only the ticket's handlers ({@link Staff#handles}: agents, and
 * the department holding it) attach, list and open them, and each opening is recorded in the access
 * log, as the caller's contact is; the public side gets a photo without its location metadata.
 * Every file is checked before any is stored, and a file stored for a change that is then refused
 * is removed again.
 */
@Service
public class TicketFiles {

  private final TicketDesk desk;
  private final GridFsFiles store;
  private final PersonalDataLog log;

  TicketFiles(TicketDesk desk, GridFsFiles store, PersonalDataLog log) {
    this.desk = desk;
    this.store = store;
    this.log = log;
  }

  /** A handler attaches one file ({@code null}: none was sent, a 400 once the user may). */
  public TicketFile attach(String ticketId, MultipartFile file, Staff by) {
    Ticket ticket = handled(ticketId, by);
    if (file == null) {
      throw new RefusedFileException("send the file as the multipart part 'file'");
    }
    return attach(ticket, List.of(file), by.name()).get(0);
  }

  /**
   * Files sent with a request as it is submitted (the citizen page), at most {@link
   * FileLimits#MAX_AT_SUBMISSION}: whoever submitted it may, so no access check here.
   */
  public List<TicketFile> attach(String ticketId, List<MultipartFile> files, String attachedBy) {
    if (files.size() > FileLimits.MAX_AT_SUBMISSION) {
      throw new RefusedFileException(
          "at most " + FileLimits.MAX_AT_SUBMISSION + " files with a request");
    }
    return attach(desk.get(ticketId), files, attachedBy);
  }

  /** The ticket's files, for its handlers. */
  public List<TicketFile> of(String ticketId, Staff viewer) {
    return handled(ticketId, viewer).files();
  }

  /** The file as sent, for the ticket's handlers; recorded in the access log first. */
  public StoredFile original(String ticketId, String fileId, Staff viewer) {
    Ticket ticket = handled(ticketId, viewer);
    StoredFile file = stored(ticket, fileId);
    log.shown(viewer.name(), ticket.id(), CallerDisclosure.route(), List.of("files." + fileId));
    return file;
  }

  /** The copy the public side may show: a photo without its location metadata, a PDF as sent. */
  public StoredFile withoutLocation(String ticketId, String fileId) {
    StoredFile file = stored(desk.get(ticketId), fileId);
    return new StoredFile(file.id(), file.type(), LocationStrip.of(file.type(), file.content()));
  }

  private List<TicketFile> attach(Ticket ticket, List<MultipartFile> files, String by) {
    try {
      ticket.requireRoomForFiles(files.size());
    } catch (TransitionRefusedException e) {
      throw RecordConflictException.refused("ticket", "attach a file", e, ticket.version());
    }
    List<CheckedFile> checked = files.stream().map(TicketFiles::checked).toList();
    List<TicketFile> attached = new ArrayList<>();
    for (CheckedFile file : checked) {
      String id = store.save(ticket.id(), file);
      TicketFile reference = new TicketFile(id, file.type(), file.size(), desk.now(), by);
      try {
        desk.attachFile(ticket.id(), reference);
      } catch (RuntimeException e) {
        store.delete(id);
        throw e;
      }
      attached.add(reference);
    }
    return attached;
  }

  private static CheckedFile checked(MultipartFile file) {
    try {
      return CheckedFile.of(file.getBytes());
    } catch (IOException e) {
      throw new RefusedFileException("the file could not be read");
    }
  }

  private Ticket handled(String ticketId, Staff viewer) {
    Ticket ticket = desk.get(ticketId);
    if (!viewer.handles(ticket)) {
      throw new ForbiddenException("Only those who handle this ticket now see its files.");
    }
    return ticket;
  }

  /**
   * A file of this ticket: one listed on it, stored under it; another ticket's file is not found.
   */
  private StoredFile stored(Ticket ticket, String fileId) {
    boolean listed = ticket.files().stream().anyMatch(file -> file.id().equals(fileId));
    return (listed ? store.find(ticket.id(), fileId) : Optional.<StoredFile>empty())
        .orElseThrow(() -> new NotFoundException("file", fileId));
  }
}
