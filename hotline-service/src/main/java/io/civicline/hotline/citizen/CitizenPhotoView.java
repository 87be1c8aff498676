package io.civicline.hotline.citizen;

import io.civicline.hotline.TicketFiles;
import io.civicline.hotline.api.FileDownloads;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketFile;
import io.civicline.kit.problem.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A photo the citizen sent with their request, shown back to whoever has its number and lookup code
 * (a button of the progress page, posted so that the code stays out of addresses and logs): never
 * the original, which only the ticket's handlers open, but a copy without its location. Photos the
 * staff attached are not the citizen's to see. A wrong number, code or photo is the same 404.
 */
@RestController
class CitizenPhotoView {

  private final CitizenDesk desk;
  private final CitizenLimits limits;
  private final TicketFiles files;

  CitizenPhotoView(CitizenDesk desk, CitizenLimits limits, TicketFiles files) {
    this.desk = desk;
    this.limits = limits;
    this.files = files;
  }

  @PostMapping(CitizenPages.PATH + "/photos")
  ResponseEntity<byte[]> photo(
      @ModelAttribute CitizenLookup lookup,
      @RequestParam(required = false) Integer photo,
      HttpServletRequest request) {
    limits.admitLookup(request);
    Ticket ticket = desk.find(lookup).orElseThrow(CitizenPhotoView::none);
    List<TicketFile> sent = sentWith(ticket);
    if (photo == null || photo < 1 || photo > sent.size()) {
      throw none();
    }
    return FileDownloads.of(files.withoutLocation(ticket.id(), sent.get(photo - 1).id()));
  }

  /** The photos the citizen sent, in the order they were attached. */
  static List<TicketFile> sentWith(Ticket ticket) {
    return ticket.files().stream()
        .filter(file -> CitizenRequestForm.RECEIVED_BY.equals(file.by()))
        .toList();
  }

  private static NotFoundException none() {
    return new NotFoundException("photo", "of this number and code");
  }
}
