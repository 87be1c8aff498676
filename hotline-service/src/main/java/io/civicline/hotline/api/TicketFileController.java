package io.civicline.hotline.api;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketFiles;
import io.civicline.hotline.domain.TicketFile;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A ticket's photos and documents (JPEG, PNG or PDF, at most 5 MB each, 10 a ticket), for its
 * handlers only: agents and the department holding it; everyone else 403. A file not taken is a 400
 * on {@code file}, a finished or full ticket a 409.
 */
@RestController
@RequestMapping("/api/tickets/{id}/files")
class TicketFileController {

  private final TicketFiles files;
  private final StaffResolver staff;

  TicketFileController(TicketFiles files, StaffResolver staff) {
    this.files = files;
    this.staff = staff;
  }

  @PostMapping
  ResponseEntity<TicketFileView> attach(
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Authentication user) {
    TicketFile attached = files.attach(id, file, staff.of(user));
    return ResponseEntity.created(URI.create("/api/tickets/" + id + "/files/" + attached.id()))
        .body(TicketFileView.of(attached));
  }

  @GetMapping
  List<TicketFileView> list(@PathVariable String id, Authentication user) {
    return files.of(id, staff.of(user)).stream().map(TicketFileView::of).toList();
  }

  @GetMapping("/{fileId}")
  ResponseEntity<byte[]> open(
      @PathVariable String id, @PathVariable String fileId, Authentication user) {
    return FileDownloads.of(files.original(id, fileId, staff.of(user)));
  }
}
