package io.civicline.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Validates event data against the JSON Schema of its type. Shared with the services' tests
 * (test-jar) so that what they really publish is checked against the contract too.
 */
public final class EventSchemas {

  private static final String BASE = "https://civicline.io/schemas/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaIdResolvers(
                  resolvers -> resolvers.mapPrefix(BASE, "classpath:schemas/")));

  private EventSchemas() {}

  /** The schema violations of {@code json} as an event of {@code type}; empty when it conforms. */
  public static List<String> violations(String type, String json) {
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + type + ".schema.json"));
    List<Error> errors =
        schema.validate(
            json,
            InputFormat.JSON,
            context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
    return errors.stream().map(Error::toString).toList();
  }

  public static List<String> violations(String type, byte[] json) {
    return violations(type, new String(json, StandardCharsets.UTF_8));
  }

  public static String sample(String type) {
    try (InputStream in = EventSchemas.class.getResourceAsStream("/samples/" + type + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no sample for " + type);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
