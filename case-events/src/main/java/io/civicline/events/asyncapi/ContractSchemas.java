package io.civicline.events.asyncapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract's JSON Schemas ({@code schemas/<name>.schema.json} on the classpath), made parts of
 * one document: each under {@code #/components/schemas/<name>}, its references to other schema
 * files pointing there, its {@code $id} dropped (a base URI of its own would resolve those
 * references elsewhere).
 */
final class ContractSchemas {

  static final String SUFFIX = ".schema.json";
  private static final String FOLDER = "schemas/";
  private static final String COMPONENTS = "#/components/schemas/";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ContractSchemas() {}

  /** The named schemas and every schema they refer to, by name. */
  static Map<String, JsonNode> closureOf(Iterable<String> names) {
    Map<String, JsonNode> schemas = new LinkedHashMap<>();
    Deque<String> pending = new ArrayDeque<>();
    names.forEach(pending::add);
    while (!pending.isEmpty()) {
      String name = pending.poll();
      if (!schemas.containsKey(name)) {
        ObjectNode schema = load(name);
        schema.remove("$id");
        schemas.put(name, schema);
        rewriteReferences(schema, name, pending);
      }
    }
    return schemas;
  }

  /** Where a schema stands in the document. */
  static String componentRef(String name) {
    return COMPONENTS + name;
  }

  private static ObjectNode load(String name) {
    String resource = FOLDER + name + SUFFIX;
    try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + resource + " on the classpath");
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Points each reference at the component it names: one within the schema ({@code #/$defs/..}) at
   * the schema's own, one to a schema file ({@code x.schema.json#/..}) at that file's, which is
   * noted as referred to.
   */
  private static void rewriteReferences(JsonNode node, String schema, Deque<String> referred) {
    if (node instanceof ObjectNode object && object.get("$ref") != null) {
      String ref = object.get("$ref").asString();
      int file = ref.indexOf(SUFFIX);
      String target = file > 0 ? ref.substring(0, file) : schema;
      String pointer = file > 0 ? ref.substring(file + SUFFIX.length()) : ref;
      object.put(
          "$ref", componentRef(target) + (pointer.startsWith("#") ? pointer.substring(1) : ""));
      referred.add(target);
    }
    for (JsonNode child : node) {
      rewriteReferences(child, schema, referred);
    }
  }
}
