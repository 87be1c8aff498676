package io.civicline.stats.report;

import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's own texts ({@code report/report-messages*.properties}: Chinese, and English), apart
 * from the service's console labels. Not a {@link MessageSource} bean, so that it never competes
 * with the application's own. Arguments are passed as text, so that no number is reformatted (a
 * year stays 2022, not 2,022).
 */
@Component
class ReportMessages {

  private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

  ReportMessages() {
    source.setBasename("report/report-messages");
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    // Chinese is the base bundle: the server's own locale must not decide the language.
    source.setFallbackToSystemLocale(false);
  }

  /** For the templates' {@code #{…}} expressions. */
  MessageSource source() {
    return source;
  }

  String get(ReportLanguage language, String key, String... args) {
    return source.getMessage(key, args, language.locale());
  }
}
