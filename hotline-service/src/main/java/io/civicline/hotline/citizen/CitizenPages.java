package io.civicline.hotline.citizen;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.CallbackRating;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.problem.ConflictException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen page (网上诉求), open to everyone: submit a request, get its number and lookup code,
 * follow it (进度查询) and rate the answer. A refused form comes back as typed with each problem next
 * to its field; a wrong number and a wrong code get the same answer.
 */
@Controller
class CitizenPages {

  static final String PATH = "/citizen";
  static final String SUBMIT = PATH + "/requests";

  /** The ratings a citizen can give: they are there to give it. */
  static final Set<CallbackRating> RATINGS =
      EnumSet.complementOf(EnumSet.of(CallbackRating.UNREACHABLE));

  private final CitizenDesk desk;
  private final CitizenChallenge challenge;
  private final CitizenLimits limits;
  private final ReferenceData reference;
  private final Clock clock;

  CitizenPages(
      CitizenDesk desk,
      CitizenChallenge challenge,
      CitizenLimits limits,
      ReferenceData reference,
      Clock clock) {
    this.desk = desk;
    this.challenge = challenge;
    this.limits = limits;
    this.reference = reference;
    this.clock = clock;
  }

  @GetMapping(PATH)
  String form(Model model) {
    return requestPage(CitizenRequestForm.empty(), Map.of(), model);
  }

  @PostMapping(SUBMIT)
  String submit(
      @ModelAttribute CitizenRequestForm form,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    limits.admitSubmission(request);
    Map<String, String> problems = new LinkedHashMap<>();
    CitizenChallenge.Failure failure = challenge.check(form.token(), form.answer());
    if (failure != null) {
      problems.put("answer", failure.name());
    }
    problems.putAll(form.problems(reference));
    if (!problems.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return requestPage(form.withoutChallenge(), problems, model);
    }
    model.addAttribute("submitted", desk.submit(form.toCommand()));
    response.setStatus(HttpServletResponse.SC_CREATED);
    return "citizen/answer";
  }

  @GetMapping(PATH + "/progress")
  String lookupForm(@RequestParam(required = false) String number, Model model) {
    model.addAttribute("number", new CitizenLookup(number, null).shownNumber());
    return "citizen/lookup";
  }

  @PostMapping(PATH + "/progress")
  String lookup(
      @ModelAttribute CitizenLookup lookup,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    limits.admitLookup(request);
    return found(lookup, response, model)
        .map(ticket -> progressPage(ticket, lookup, model))
        .orElse("citizen/lookup");
  }

  @PostMapping(PATH + "/rating")
  String rate(
      @ModelAttribute CitizenLookup lookup,
      @RequestParam(required = false) String rating,
      @RequestParam(required = false) String solved,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    limits.admitLookup(request);
    Optional<Ticket> found = found(lookup, response, model);
    if (found.isEmpty()) {
      return "citizen/lookup";
    }
    Ticket ticket = found.get();
    CallbackRating given =
        RATINGS.stream().filter(r -> r.name().equals(rating)).findFirst().orElse(null);
    if (given == null || !("true".equals(solved) || "false".equals(solved))) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("ratingProblem", "citizen.rate.missing");
      return progressPage(ticket, lookup, model);
    }
    try {
      ticket = desk.rate(ticket, given, Boolean.parseBoolean(solved));
      model.addAttribute("rated", true);
    } catch (ConflictException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      model.addAttribute("ratingProblem", "citizen.rate.refused");
      ticket = desk.find(lookup).orElse(ticket);
    }
    return progressPage(ticket, lookup, model);
  }

  /** The ticket looked up, or the lookup form again (404), alike for a wrong number and code. */
  private Optional<Ticket> found(CitizenLookup lookup, HttpServletResponse response, Model model) {
    Optional<Ticket> ticket = desk.find(lookup);
    if (ticket.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("number", lookup.shownNumber());
      model.addAttribute("notFound", true);
    }
    return ticket;
  }

  private String progressPage(Ticket ticket, CitizenLookup lookup, Model model) {
    model.addAttribute("progress", CitizenProgress.of(ticket, clock.instant()));
    model.addAttribute("code", lookup.code());
    model.addAttribute("ratings", RATINGS);
    return "citizen/progress";
  }

  private String requestPage(CitizenRequestForm form, Map<String, String> problems, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("question", challenge.next());
    return "citizen/request";
  }
}
