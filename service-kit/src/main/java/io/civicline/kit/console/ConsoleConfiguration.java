package io.civicline.kit.console;

import io.civicline.kit.problem.RecordConflictException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * What the consoles of the services with Thymeleaf share: Chinese first, English on request. Each
 * service's {@code messages.properties} holds its Chinese labels and {@code messages_en.properties}
 * its English ones; {@code civicline/console-messages*.properties} here adds the labels every
 * console uses (validation messages, error pages) unless the service names them itself. {@code
 * ?lang=en} or {@code ?lang=zh_CN} on any page switches and a cookie remembers the choice. The
 * server's own locale never decides the language, so a machine set to English still shows Chinese
 * to a user who has not switched. The API keeps answering in the client's {@code Accept-Language}.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
      "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.thymeleaf.spring6.SpringTemplateEngine")
public class ConsoleConfiguration implements WebMvcConfigurer {

  /** The request parameter that switches the language: {@code en} or {@code zh_CN}. */
  public static final String LANGUAGE_PARAMETER = "lang";

  /** The cookie that remembers the language for a year. */
  public static final String LANGUAGE_COOKIE = "civicline-lang";

  static final String SERVICE_MESSAGES = "messages";
  static final String SHARED_MESSAGES = "civicline/console-messages";

  @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
  @ConditionalOnMissingBean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
    resolver.setDefaultLocaleFunction(
        request ->
            request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? request.getLocale()
                : Locale.SIMPLIFIED_CHINESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  /**
   * Replaces Boot's message source, whose default falls back to the server's locale: a Chinese user
   * on an English server would otherwise get the English labels.
   */
  @Bean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
  @ConditionalOnMissingBean(
      name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME,
      search = SearchStrategy.CURRENT)
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames(SERVICE_MESSAGES, SHARED_MESSAGES);
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Bean
  ConsoleProblems consoleProblems(MessageSource messageSource) {
    return new ConsoleProblems(messageSource);
  }

  @Bean
  @ConditionalOnBean(ConsoleAudience.class)
  ConsoleEntry consoleEntry(ConsoleAudience<?> audience) {
    return new ConsoleEntry(audience);
  }

  /** The message every console action form leaves; a conflict names the record's version now. */
  @Bean
  ActionFlash actionFlash(MessageSource messageSource) {
    return new ActionFlash(messageSource, RecordConflictException::versionOf);
  }

  @Bean
  @ConditionalOnBean(CityLabels.class)
  ConsoleFormBinding consoleFormBinding(CityLabels labels) {
    return new ConsoleFormBinding(labels);
  }

  /** Validates with the validator {@code @Valid} uses in Spring MVC. */
  @Bean
  WholeFormCheck wholeFormCheck(@Qualifier("mvcValidator") Validator validator) {
    return new WholeFormCheck(validator);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName(LANGUAGE_PARAMETER);
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).addPathPatterns("/**").excludePathPatterns("/api/**");
  }
}
