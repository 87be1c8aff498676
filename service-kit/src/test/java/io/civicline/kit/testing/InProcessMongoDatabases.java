package io.civicline.kit.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts an {@link InProcessMongo} for each context of a {@link CaseServiceTest}, points the
 * service's database (and the staff directory's, if asked) at it, and stops it when the context
 * closes.
 */
final class InProcessMongoDatabases implements ContextCustomizerFactory {

  static final String STAFF_DIRECTORY = "civicline-staff";

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    CaseServiceTest test =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, CaseServiceTest.class);
    return test == null ? null : new Customizer(test.database(), test.staffDirectory());
  }

  private record Customizer(String database, boolean staffDirectory) implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      InProcessMongo mongo = new InProcessMongo();
      Map<String, Object> uris = new LinkedHashMap<>();
      uris.put("spring.mongodb.uri", mongo.uri(database));
      if (staffDirectory) {
        uris.put("civicline.staff.mongodb-uri", mongo.uri(STAFF_DIRECTORY));
      }
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mongo", uris));
      ApplicationListener<ContextClosedEvent> stop = closed -> mongo.stop();
      context.addApplicationListener(stop);
    }
  }
}
