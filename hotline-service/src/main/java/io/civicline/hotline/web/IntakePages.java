package io.civicline.hotline.web;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.Urgency;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.ConsoleForms;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake form: an agent logs what the citizen says while they are on the line. A rejected form
 * comes back as typed, each bad field with its message next to it.
 */
@ConsoleController
class IntakePages {

  static final String VIEW = "console/intake";
  private static final Set<String> CODE_FIELDS = Set.of("channel", "category", "topic", "district");

  private final TicketDesk desk;
  private final StaffResolver staffResolver;
  private final MessageSource messages;

  IntakePages(TicketDesk desk, StaffResolver staffResolver, MessageSource messages) {
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.messages = messages;
  }

  @GetMapping("/console/tickets/new")
  String form(Authentication user, Model model) {
    agentOnly(user);
    return show(new IntakeForm(), model);
  }

  @PostMapping("/console/tickets")
  String receive(
      @Valid @ModelAttribute("intake") IntakeForm intake,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    agentOnly(user);
    intake.checkPhoneUnlessAnonymous(errors);
    if (errors.hasErrors()) {
      return show(intake, model);
    }
    Ticket ticket;
    try {
      ticket = desk.receive(intake.toCommand(user.getName()));
    } catch (InvalidRequestException e) {
      ConsoleForms.reject(
          errors, e, f -> CODE_FIELDS.contains(f) ? "intake.unknownCode" : null, "intake.invalid");
      return show(intake, model);
    }
    redirect.addFlashAttribute(
        "notice", messages.getMessage("flash.created", new Object[] {ticket.number()}, locale));
    return "redirect:/console/tickets/" + ticket.id();
  }

  private String show(IntakeForm intake, Model model) {
    model.addAttribute("intake", intake);
    model.addAttribute("urgencies", Urgency.values());
    return VIEW;
  }

  private void agentOnly(Authentication user) {
    Staff staff = staffResolver.of(user);
    if (!staff.isAgent()) {
      throw new ForbiddenException("only agents log tickets");
    }
  }
}
