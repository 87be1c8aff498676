package io.civicline.kit.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Registers {@link ApiProblems} in every service that serves HTTP. */
@AutoConfiguration(
    beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication
public class ProblemsConfiguration {

  @Bean
  ApiProblems apiProblems() {
    return new ApiProblems();
  }
}
