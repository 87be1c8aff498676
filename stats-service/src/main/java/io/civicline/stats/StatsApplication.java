package io.civicline.stats;

import io.civicline.stats.streams.FigureRebuild;
import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Live figures of the hotline and of mediation, derived from the event topics alone. With {@code
 * rebuild} as first argument it replays both topics into fresh figures instead, reports the time
 * and speed and whether they equal the live ones, and exits (0 when they do).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StatsApplication {

  static final String REBUILD = "rebuild";

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(REBUILD)) {
      System.exit(rebuild(System.out, Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(StatsApplication.class, args);
  }

  /** The rebuild command: the application without its web server and its own live stream. */
  static int rebuild(PrintStream out, String... args) throws Exception {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(StatsApplication.class)
            .web(WebApplicationType.NONE)
            .properties("spring.kafka.streams.auto-startup=false")
            .run(args)) {
      return FigureRebuild.run(context, out);
    }
  }
}
