package io.civicline.kit.problem;

import java.time.Clock;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link ApiProblems}, the API body bound and the check of request bytes in every service
 * that serves HTTP.
 */
@AutoConfiguration(
    beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication
public class ProblemsConfiguration {

  @Bean
  ApiProblems apiProblems() {
    return new ApiProblems();
  }

  @Bean
  RecordConflicts recordConflicts(ObjectProvider<RecordView> view) {
    return new RecordConflicts(view);
  }

  /** JSON strings with control characters are refused as they are read (a 400 naming the field). */
  @Bean
  CleanJsonStrings cleanJsonStrings() {
    return new CleanJsonStrings();
  }

  /**
   * Bad bytes in parameters or headers are a 400 problem on every path, after the character
   * encoding is set (so that forms decode as UTF-8) and before security reads a parameter. At most
   * {@code civicline.http.refusals-logged-per-minute} (default 20) of them are logged a minute.
   */
  @Bean
  FilterRegistrationBean<RequestBytesCheck> requestBytesCheck(
      RefusalLog refusalLog, ObjectProvider<RefusalFormat> formats) {
    FilterRegistrationBean<RequestBytesCheck> registration =
        new FilterRegistrationBean<>(
            new RequestBytesCheck(refusalLog, formats.orderedStream().toList()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 110);
    return registration;
  }

  /** One budget of log lines for every refusal of bad bytes. */
  @Bean
  RefusalLog refusalLog(@Value("${civicline.http.refusals-logged-per-minute:20}") int perMinute) {
    return new RefusalLog(perMinute, Clock.systemUTC());
  }

  /** Replaces Boot's form filter (it backs off), so that a bad PUT form is a 400, not a 500. */
  @Bean
  StrictFormContent formContentFilter(RefusalLog refusalLog) {
    return new StrictFormContent(refusalLog);
  }

  /** An unparseable Accept header is read as "anything", so that even a problem can be sent. */
  @Bean
  WebMvcConfigurer lenientAccept() {
    return new WebMvcConfigurer() {
      @Override
      public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new LenientAccept()));
      }
    };
  }

  /** Tomcat's own error answers (before any filter) are problems too. */
  @Bean
  @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
  WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> containerErrorProblems() {
    return factory ->
        factory.addContextCustomizers(
            context ->
                ((StandardHost) context.getParent())
                    .setErrorReportValveClass(ContainerErrorProblems.class.getName()));
  }

  /**
   * The bound on an API request body ({@code civicline.api.max-body-size}, default 256 KB: several
   * times the largest body the API takes), checked before security and parsing; each {@link
   * LargerBodyRoute} bean (an upload) has its own.
   */
  @Bean
  FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
      @Value("${civicline.api.max-body-size:256KB}") DataSize maxBodySize,
      ObjectProvider<LargerBodyRoute> larger) {
    FilterRegistrationBean<RequestBodyLimit> registration =
        new FilterRegistrationBean<>(
            new RequestBodyLimit(maxBodySize.toBytes(), larger.orderedStream().toList()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }
}
