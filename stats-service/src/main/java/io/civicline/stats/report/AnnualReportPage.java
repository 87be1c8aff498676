package io.civicline.stats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The annual report as an HTML page ready to print on A4. Rendered by its own template engine, so
 * that its {@code #{…}} texts come from {@link ReportMessages} and its language from {@code lang}
 * alone, whatever the console's language cookie says. The print stylesheet is inlined: a saved or
 * forwarded report prints the same, and nothing is fetched from elsewhere.
 */
@Component
class AnnualReportPage {

  private static final String STYLESHEET = "static/css/report.css";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final String stylesheet;

  AnnualReportPage(ReportMessages messages) {
    ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
    templates.setPrefix("templates/report/");
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
    engine.setTemplateResolver(templates);
    engine.setTemplateEngineMessageSource(messages.source());
    try {
      stylesheet = new ClassPathResource(STYLESHEET).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String render(AnnualReport report) {
    Context context = new Context(report.language().locale());
    context.setVariable("report", report);
    context.setVariable("lang", report.language().code());
    context.setVariable("otherLang", report.language().other().code());
    context.setVariable("stylesheet", stylesheet);
    return engine.process("annual", context);
  }
}
