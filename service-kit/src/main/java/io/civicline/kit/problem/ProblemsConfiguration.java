package io.civicline.kit.problem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Registers {@link ApiProblems} and the API body bound in every service that serves HTTP. */
@AutoConfiguration(
    beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication
public class ProblemsConfiguration {

  @Bean
  ApiProblems apiProblems() {
    return new ApiProblems();
  }

  /**
   * The bound on an API request body ({@code civicline.api.max-body-size}, default 256 KB: several
   * times the largest body the API takes), checked before security and parsing.
   */
  @Bean
  FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
      @Value("${civicline.api.max-body-size:256KB}") DataSize maxBodySize) {
    FilterRegistrationBean<RequestBodyLimit> registration =
        new FilterRegistrationBean<>(new RequestBodyLimit(maxBodySize.toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }
}
