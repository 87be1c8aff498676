package io.civicline.kit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The operations of an OpenAPI document, with their parameters and body schemas resolved; event
 * streams left out.
 */
public final class ApiOperations {

  /** A path or query parameter. */
  public record Parameter(String name, String in, JsonNode schema, boolean required) {}

  /**
   * One operation: method, path template ({@code /api/tickets/{id}}), its parameters, the schema of
   * its JSON body (or {@code null}) and whether it documents a 503.
   */
  public record Operation(
      String method, String path, List<Parameter> parameters, JsonNode body, boolean documents503) {

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  private ApiOperations() {}

  public static List<Operation> of(JsonNode document) {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (METHODS.contains(operation.getKey()) && !streams(operation.getValue())) {
          operations.add(operation(document, path.getKey(), operation));
        }
      }
    }
    return operations;
  }

  private static Operation operation(
      JsonNode document, String path, Map.Entry<String, JsonNode> entry) {
    JsonNode node = entry.getValue();
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode parameter : node.path("parameters")) {
      JsonNode resolved = resolve(document, parameter);
      String in = resolved.path("in").asString();
      if (in.equals("path") || in.equals("query")) {
        parameters.add(
            new Parameter(
                resolved.path("name").asString(),
                in,
                resolve(document, resolved.path("schema")),
                resolved.path("required").asBoolean()));
      }
    }
    JsonNode body = null;
    for (Map.Entry<String, JsonNode> media :
        resolve(document, node.path("requestBody")).path("content").properties()) {
      if (media.getKey().contains("json")) {
        body = media.getValue().path("schema");
      }
    }
    return new Operation(
        entry.getKey().toUpperCase(Locale.ROOT),
        path,
        List.copyOf(parameters),
        body,
        node.path("responses").has("503"));
  }

  /** An event stream never ends, so no answer could be checked. */
  private static boolean streams(JsonNode operation) {
    for (JsonNode response : operation.path("responses")) {
      if (response.path("content").has("text/event-stream")) {
        return true;
      }
    }
    return false;
  }

  /** Follows a {@code $ref} into {@code components}; other nodes as they are. */
  static JsonNode resolve(JsonNode document, JsonNode node) {
    JsonNode current = node == null ? JsonNodeFactory.instance.missingNode() : node;
    for (int depth = 0; current.has("$ref") && depth < 20; depth++) {
      String ref = current.path("$ref").asString();
      current = document.at(ref.substring(1));
    }
    return current;
  }
}
