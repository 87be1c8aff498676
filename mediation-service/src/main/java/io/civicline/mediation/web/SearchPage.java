package io.civicline.mediation.web;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.OpenToManagers;
import io.civicline.kit.lists.ResultPage;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.mediation.CaseSearch;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.api.CaseSummary;
import io.civicline.mediation.api.SearchParameters;
import io.civicline.mediation.domain.CaseStatus;
import io.civicline.mediation.domain.MediationCase;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case search, with the API's parameters bound and checked by the API's {@link
 * SearchParameters}; also the drill-down from a figure of the manager dashboard, captioned with the
 * figure and its period. A parameter that cannot be read is a 400 page naming it, with the form as
 * typed.
 */
@ConsoleController
class SearchPage {

  static final String VIEW = "console/search";

  private final MediationDesk desk;
  private final CaseSearch cases;
  private final StaffResolver staff;
  private final FigureCaption caption;
  private final MessageSource messages;

  SearchPage(
      MediationDesk desk,
      CaseSearch cases,
      StaffResolver staff,
      FigureCaption caption,
      MessageSource messages) {
    this.desk = desk;
    this.cases = cases;
    this.staff = staff;
    this.caption = caption;
    this.messages = messages;
  }

  @OpenToManagers
  @GetMapping("/console/cases")
  String search(
      @ModelAttribute("search") SearchParameters search,
      BindingResult binding,
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication user,
      Model model,
      Locale locale) {
    model.addAttribute("typed", typed(request));
    model.addAttribute("statuses", Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
    model.addAttribute("rows", List.of());
    model.addAttribute("searched", false);
    List<FieldProblem> bad =
        binding.getFieldErrors().stream()
            .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
            .toList();
    ResultPage<MediationCase> found = null;
    if (bad.isEmpty()) {
      try {
        found =
            cases.search(search.toQuery(desk.rules().zone()), staff.of(user), "GET /console/cases");
      } catch (InvalidRequestException e) {
        bad = e.fields();
      }
    }
    if (found == null) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute(
          "error", messages.getMessage("search.bad", new Object[] {named(bad, locale)}, locale));
      return VIEW;
    }
    model.addAttribute("figure", caption.of(search, locale));
    model.addAttribute("rows", found.items().stream().map(CaseSummary::of).toList());
    model.addAttribute("searched", true);
    boolean firstPage = found.page() == 0 && blankToNull(search.after()) == null;
    model.addAttribute("first", firstPage ? null : firstPage(request));
    model.addAttribute("next", found.hasNext() ? after(request, found.next().token()) : null);
    return VIEW;
  }

  private String named(List<FieldProblem> bad, Locale locale) {
    return bad.stream()
        .map(
            p ->
                messages.getMessage("field." + p.field(), null, p.field(), locale)
                    + ": "
                    + p.message())
        .collect(Collectors.joining("; "));
  }

  /** The parameters as typed (first value of each), to show the form again. */
  private static Map<String, String> typed(HttpServletRequest request) {
    return request.getParameterMap().entrySet().stream()
        .filter(parameter -> parameter.getValue().length > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, parameter -> parameter.getValue()[0]));
  }

  /** This search's next page, after the cursor of the page shown, every filter as given. */
  private static String after(HttpServletRequest request, String cursor) {
    return samePath(request).replaceQueryParam("after", cursor).build().toUriString();
  }

  /** This search's first page, every filter as given. */
  private static String firstPage(HttpServletRequest request) {
    return samePath(request).build().toUriString();
  }

  private static UriComponentsBuilder samePath(HttpServletRequest request) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("page")
        .replaceQueryParam("after");
  }
}
