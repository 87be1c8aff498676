package io.civicline.hotline.web;

import io.civicline.hotline.CallerDisclosure;
import io.civicline.hotline.PlaceDisclosure;
import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.domain.CallbackRating;
import io.civicline.hotline.domain.ReplyResult;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.problem.ForbiddenException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One ticket: what was logged, where it stands, its audit trail, and below it a small form for each
 * action this user can take on it now. The caller and the place as {@link CallerDisclosure} and
 * {@link PlaceDisclosure} show them, and the files to those who handle the ticket now. A referred
 * ticket links to its case in the mediator console ({@code
 * civicline.hotline.mediation-console-url}).
 */
@ConsoleController
class TicketPages {

  private final TicketDesk desk;
  private final StaffResolver staffResolver;
  private final ConsoleLabels labels;
  private final CallerDisclosure callers;
  private final PlaceDisclosure places;
  private final String mediationConsole;

  TicketPages(
      TicketDesk desk,
      StaffResolver staffResolver,
      ConsoleLabels labels,
      CallerDisclosure callers,
      PlaceDisclosure places,
      @Value("${civicline.hotline.mediation-console-url:http://127.0.0.1:8082}")
          String mediationConsole) {
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.labels = labels;
    this.callers = callers;
    this.places = places;
    this.mediationConsole = mediationConsole.replaceAll("/+$", "");
  }

  @GetMapping("/console/tickets/{id}")
  String ticket(@PathVariable String id, Authentication user, Model model) {
    Ticket ticket = desk.get(id);
    Staff staff = staffResolver.of(user);
    if (!staff.reads(ticket)) {
      throw new ForbiddenException("This ticket is not with your department.");
    }
    model.addAttribute("ticket", ticket);
    model.addAttribute("caller", callers.shownTo(staff, ticket));
    model.addAttribute("place", places.shownTo(staff, ticket));
    model.addAttribute(
        "allowed", staff.actionsOn(ticket, desk.now()).stream().map(Enum::name).toList());
    model.addAttribute("suggestedDepartment", labels.suggestedDepartment(ticket.intake().topic()));
    model.addAttribute("results", ReplyResult.values());
    model.addAttribute("ratings", CallbackRating.values());
    model.addAttribute("mediationConsole", mediationConsole);
    // The files and their form for the ticket's handlers only (TicketFiles).
    boolean handles = staff.handles(ticket);
    model.addAttribute("files", handles ? ticket.files() : null);
    model.addAttribute("takesFiles", handles && ticket.status().isOpen());
    return "console/ticket";
  }
}
