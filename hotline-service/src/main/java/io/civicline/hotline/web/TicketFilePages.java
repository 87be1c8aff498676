package io.civicline.hotline.web;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.TicketFiles;
import io.civicline.hotline.api.FileDownloads;
import io.civicline.hotline.domain.TicketAction;
import io.civicline.kit.console.ActionFlash;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.VersionedRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket page's files, for the ticket's handlers: the upload form posts here and goes back to
 * the page with a message ({@link ActionFlash}); a file opens as the API serves it.
 */
@ConsoleController
@RequestMapping("/console/tickets/{id}/files")
class TicketFilePages {

  /** The upload form: the file alone, attached to the ticket as it is now. */
  record Upload(MultipartFile file) implements VersionedRequest {

    @Override
    public Long version() {
      return null;
    }
  }

  private final TicketFiles files;
  private final TicketDesk desk;
  private final StaffResolver staffResolver;
  private final ActionFlash flash;

  TicketFilePages(
      TicketFiles files, TicketDesk desk, StaffResolver staffResolver, ActionFlash flash) {
    this.files = files;
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.flash = flash;
  }

  @PostMapping
  String attach(
      @PathVariable String id,
      @ModelAttribute("upload") Upload upload,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    flash.run(
        upload,
        binding,
        u -> {
          files.attach(id, u.file(), staffResolver.of(user));
          return new ActionFlash.Done(TicketAction.ATTACH_FILE.name(), desk.get(id).number());
        },
        redirect);
    return "redirect:/console/tickets/{id}";
  }

  @GetMapping("/{fileId}")
  ResponseEntity<byte[]> open(
      @PathVariable String id, @PathVariable String fileId, Authentication user) {
    return FileDownloads.of(files.original(id, fileId, staffResolver.of(user)));
  }
}
