package io.civicline.kit.reference;

import io.civicline.events.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * The city's reference data, read once at start from {@code civicline.reference-data} (default: the
 * Yichun file inside case-events). Another city points the property at its own YAML file.
 */
@AutoConfiguration
public class ReferenceDataConfiguration {

  @Bean
  ReferenceData referenceData(
      @Value("${civicline.reference-data:classpath:" + ReferenceData.DEFAULT_RESOURCE + "}")
          Resource location) {
    try (InputStream in = location.getInputStream()) {
      return ReferenceData.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference data from " + location, e);
    }
  }
}
