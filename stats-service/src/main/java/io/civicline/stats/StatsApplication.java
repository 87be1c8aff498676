package io.civicline.stats;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Live figures of the hotline and of mediation, derived from the event topics alone. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StatsApplication {

  public static void main(String[] args) {
    SpringApplication.run(StatsApplication.class, args);
  }
}
