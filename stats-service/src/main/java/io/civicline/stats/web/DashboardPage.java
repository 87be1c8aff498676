package io.civicline.stats.web;

import io.civicline.kit.console.ConsoleController;
import io.civicline.stats.api.FigureParameters;
import io.civicline.stats.api.FigureSources;
import io.civicline.stats.figures.Period;
import java.time.LocalDate;
import java.time.Year;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager dashboard: one period (this year unless {@code period} says otherwise) for the whole
 * city or one district. The page is the frame; its script fills it from the figure stream and the
 * figures API.
 */
@ConsoleController
class DashboardPage {

  private final DashboardLabels labels;
  private final FigureSources sources;

  DashboardPage(DashboardLabels labels, FigureSources sources) {
    this.labels = labels;
    this.sources = sources;
  }

  /** The start page of every console is {@code /console}; here it is the dashboard. */
  @GetMapping({"/", "/console"})
  String home() {
    return "redirect:/dashboard";
  }

  @GetMapping("/dashboard")
  String dashboard(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String district,
      Model model) {
    LocalDate today = LocalDate.now(labels.zone());
    Period shown =
        period == null || period.isBlank()
            ? Period.year(Year.from(today))
            : FigureParameters.period(period);
    String code = FigureParameters.districtOrCity(district);
    if (code != null) {
      FigureParameters.knownDistrict(code, sources);
    }
    model.addAttribute("period", shown.toString());
    model.addAttribute("granularity", shown.granularity().name());
    model.addAttribute("district", code == null ? "" : code);
    model.addAttribute("today", today.toString());
    return "dashboard/dashboard";
  }
}
