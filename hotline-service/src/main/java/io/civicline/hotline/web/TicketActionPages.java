package io.civicline.hotline.web;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.api.TicketActionRequests;
import io.civicline.hotline.domain.HistoryEntry;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.console.ActionFlash;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.ConsoleForms;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket's actions, one form each, posting to the API's path under {@code /console} and bound
 * to the API's request record (bound as {@link ConsoleForms} says: a deadline is picked as a day).
 * Every post goes back to the ticket page with a message ({@link ActionFlash}): done, a warning
 * when the ticket changed meanwhile or its status no longer allows the action (the page then shows
 * the ticket as it is now), or the fields to correct.
 */
@ConsoleController
@RequestMapping("/console/tickets/{id}")
class TicketActionPages {

  private static final String BACK = "redirect:/console/tickets/{id}";

  private final TicketDesk desk;
  private final StaffResolver staffResolver;
  private final ActionFlash flash;

  TicketActionPages(TicketDesk desk, StaffResolver staffResolver, ActionFlash flash) {
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.flash = flash;
  }

  @PostMapping("/dispatch")
  String dispatch(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Dispatch form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/sign")
  String sign(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Sign form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/return")
  String returnToAgents(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Return form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/extend")
  String requestExtension(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Extension form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/extend/decision")
  String decideExtension(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.ExtensionDecision form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/reply")
  String reply(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Reply form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/callback")
  String callback(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Callback form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    // The console asks every citizen it reached; the API lets older clients leave it out.
    if (form != null && form.rating().reachedCitizen() && form.solved() == null) {
      binding.rejectValue("solved", "NotNull");
    }
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/reopen")
  String reopen(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Reopen form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/close")
  String close(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Close form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/refer")
  String refer(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Refer form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/duplicate-of")
  String duplicateOf(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.DuplicateOf form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/supervise")
  String supervise(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Supervise form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/urge")
  String urge(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.Urge form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/place")
  String setPlace(
      @PathVariable String id,
      @Valid @ModelAttribute("form") TicketActionRequests.SetPlace form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  private String take(
      String id,
      TicketActionRequests.TicketActionRequest form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    flash.run(
        form,
        binding,
        f -> {
          Staff by = staffResolver.of(user);
          Ticket done = f.applyTo(desk, id, f.version(), by);
          HistoryEntry taken = done.history().get(done.history().size() - 1);
          return new ActionFlash.Done(taken.action().name(), done.number());
        },
        redirect);
    return BACK;
  }
}
