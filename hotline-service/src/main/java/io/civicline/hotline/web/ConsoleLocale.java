package io.civicline.hotline.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console speaks Chinese first: {@code messages.properties} holds the Chinese labels and {@code
 * messages_en.properties} the English ones. {@code ?lang=en} or {@code ?lang=zh_CN} switches and a
 * cookie remembers the choice. The server's own locale never decides the language, so a machine set
 * to English still shows Chinese to a user who has not switched. The API keeps answering in the
 * client's {@code Accept-Language}, as before the console.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLocale implements WebMvcConfigurer {

  static final String PARAMETER = "lang";
  static final String COOKIE = "civicline-lang";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
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
  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName(PARAMETER);
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).addPathPatterns("/", "/console", "/console/**");
  }
}
