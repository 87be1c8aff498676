package io.civicline.stats.report;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The annual report as an HTML page ready to print on A4. Rendered by its own template engine, so
 * that its {@code #{…}} texts come from {@link ReportMessages} and its language from {@code lang}
 * alone, whatever the console's language cookie says. The print stylesheet is linked, not inlined:
 * the Content-Security-Policy allows no inline style (a browser saving the page keeps it along).
 */
@Component
class AnnualReportPage {

  /** Served from {@code static/css/report.css}, under the application's context path. */
  private static final String STYLESHEET = "/css/report.css";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  AnnualReportPage(ReportMessages messages) {
    ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
    templates.setPrefix("templates/report/");
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
    engine.setTemplateResolver(templates);
    engine.setTemplateEngineMessageSource(messages.source());
  }

  String render(AnnualReport report, String contextPath) {
    Context context = new Context(report.language().locale());
    context.setVariable("report", report);
    context.setVariable("lang", report.language().code());
    context.setVariable("otherLang", report.language().other().code());
    context.setVariable("stylesheet", contextPath + STYLESHEET);
    return engine.process("annual", context);
  }
}
