package io.civicline.mediation.web;

import io.civicline.kit.console.ConsoleController;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.api.CaseView;
import io.civicline.mediation.api.CaseViews;
import io.civicline.mediation.domain.Advice;
import io.civicline.mediation.domain.Agreement;
import io.civicline.mediation.domain.AgreementType;
import io.civicline.mediation.domain.Closing;
import io.civicline.mediation.domain.DeclineReason;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Outcome;
import io.civicline.mediation.domain.Performance;
import io.civicline.mediation.domain.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One case: the dispute, its parties (in full for the case's current mediator, masked for everyone
 * else, as the API shows them, and each full display recorded), its assignment, time limit,
 * sessions, closing and audit trail, and below it a small form for each action this user can take
 * on it now. A case referred from the hotline links to its ticket in the agent console ({@code
 * civicline.mediation.hotline-console-url}).
 */
@ConsoleController
class CasePages {

  private final MediationDesk desk;
  private final StaffResolver staffResolver;
  private final CaseViews views;
  private final String hotlineConsole;

  CasePages(
      MediationDesk desk,
      StaffResolver staffResolver,
      CaseViews views,
      @Value("${civicline.mediation.hotline-console-url:http://127.0.0.1:8081}")
          String hotlineConsole) {
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.views = views;
    this.hotlineConsole = hotlineConsole.replaceAll("/+$", "");
  }

  @GetMapping("/console/cases/{id}")
  String mediationCase(@PathVariable String id, Authentication user, Model model) {
    Staff viewer = staffResolver.of(user);
    MediationCase found = desk.read(id, viewer);
    Instant now = desk.now();
    ZoneId zone = desk.rules().zone();
    CaseView view = views.of(found, viewer);
    LocalDate today = LocalDate.ofInstant(now, zone);
    model.addAttribute("c", view);
    model.addAttribute("allowed", ConsoleAction.slugsOf(view.allowedActions()));
    model.addAttribute("today", today);
    model.addAttribute("registeredOn", LocalDate.ofInstant(found.intake().registeredAt(), zone));
    Instant deadline = found.timeLimit().deadline();
    LocalDate extendFrom = deadline == null ? today : LocalDate.ofInstant(deadline, zone);
    model.addAttribute("extendFrom", (extendFrom.isBefore(today) ? today : extendFrom).plusDays(1));
    Closing closing = found.closing();
    if (closing != null) {
      LocalDate closedOn = LocalDate.ofInstant(closing.at(), zone);
      LocalDate lastToApply =
          LocalDate.ofInstant(closing.at().plus(Agreement.JUDICIAL_CONFIRMATION_WINDOW), zone);
      model.addAttribute("closedOn", closedOn);
      model.addAttribute("lastToApply", lastToApply.isBefore(today) ? lastToApply : today);
    }
    HotlineReferral referral = found.intake().referral();
    model.addAttribute(
        "hotlineTicket",
        referral == null ? null : hotlineConsole + "/console/tickets/" + referral.ticketId());
    model.addAttribute("outcomes", Outcome.values());
    model.addAttribute("agreementTypes", AgreementType.values());
    model.addAttribute("advices", Advice.values());
    model.addAttribute("performances", Performance.values());
    model.addAttribute("declineReasons", DeclineReason.values());
    return "console/case";
  }
}
