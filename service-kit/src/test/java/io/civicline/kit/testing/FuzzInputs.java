package io.civicline.kit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inputs of the OpenAPI fuzz: a plausible value for a schema, and the bad ones put in its
 * place. Parameter values are written as they go on the wire (already percent-encoded), so that bad
 * encodings reach the server as they are.
 */
final class FuzzInputs {

  static final List<String> BAD_PARAMETERS =
      List.of(
          "",
          "%20",
          "x".repeat(3_000),
          "-1",
          "0",
          "9999999999999999999999",
          "1e309",
          "NaN",
          "true",
          "%FF",
          "%ED%A0%80",
          "%C3",
          "%00",
          "a%00b",
          "%1B%5B2J",
          "%0D%0AX-Injected:%201",
          "%7B%22%24gt%22%3A%22%22%7D",
          "%7B%22%24where%22%3A%22sleep(1000)%22%7D",
          ".*",
          "(a%2B)%2B%24",
          "%5B",
          "%5C",
          "'",
          "'%20OR%201=1--",
          "%2e%2e%2f%2e%2e%2f",
          "%E2%80%AE",
          "%F0%9F%98%80",
          "2026-13-45T99:99:99Z",
          "%25",
          "%",
          "%%",
          "%G0");

  /** A header name and a value, sent byte for byte (controls included). */
  static final List<String[]> BAD_HEADERS =
      List.of(
          new String[] {"Accept", "text/html"},
          new String[] {"Accept", "application/xml"},
          new String[] {"Accept", "*/*;q=abc"},
          new String[] {"Accept", "garbage"},
          new String[] {"Accept-Language", "xx;q=2," + "a".repeat(500)},
          new String[] {"Content-Type", "text/plain"},
          new String[] {"Content-Type", "application/json;charset=EBCDIC-XX"},
          new String[] {"Content-Type", "application/x-www-form-urlencoded"},
          new String[] {"Content-Type", "multipart/form-data; boundary=x"},
          new String[] {"Content-Type", "application/json;charset=ISO-8859-1"},
          new String[] {"If-Match", "\"abc\""},
          new String[] {"If-Match", "W/\"-1\", *"},
          new String[] {"If-None-Match", "\"" + "9".repeat(2_000) + "\""},
          new String[] {"Authorization", "Basic %%%"},
          new String[] {"Authorization", "Bearer x.y.z"},
          new String[] {"X-Forwarded-For", "' OR 1=1, 999.1.1.1"},
          new String[] {"X-HTTP-Method-Override", "DELETE"},
          new String[] {"Range", "bytes=-1-2"},
          new String[] {"Cookie", "JSESSIONID=%FF; a=\u00e9"},
          new String[] {"X-Note", "a\u0000b"},
          new String[] {"User-Agent", "a\u001b[2Jb\u007f"},
          new String[] {"X-Note", "a\rInjected: 1"});

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode document;
  private final Random random;

  FuzzInputs(JsonNode document, Random random) {
    this.document = document;
    this.random = random;
  }

  /** A value the schema takes (the first enum constant, a 24-hex id, a small number …). */
  JsonNode sample(JsonNode schema, int depth) {
    JsonNode s = ApiOperations.resolve(document, schema);
    if (s.has("enum")) {
      return s.path("enum").get(0);
    }
    for (String choice : List.of("oneOf", "anyOf", "allOf")) {
      if (s.has(choice)) {
        return sample(s.path(choice).get(0), depth);
      }
    }
    String format = s.path("format").asString("");
    return switch (type(s)) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        if (depth < 4) {
          for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
            object.set(property.getKey(), sample(property.getValue(), depth + 1));
          }
        }
        yield object;
      }
      case "array" -> NODES.arrayNode().add(sample(s.path("items"), depth + 1));
      case "integer" -> NODES.numberNode(1);
      case "number" -> NODES.numberNode(1.5);
      case "boolean" -> NODES.booleanNode(true);
      default ->
          switch (format) {
            case "date-time" -> NODES.stringNode("2026-01-01T08:00:00Z");
            case "date" -> NODES.stringNode("2026-01-01");
            case "uuid" -> NODES.stringNode("00000000-0000-0000-0000-000000000000");
            default -> NODES.stringNode("000000000000000000000000");
          };
    };
  }

  /** The sample of a parameter as it goes on the wire. */
  String wire(JsonNode schema) {
    JsonNode value = sample(schema, 3);
    return java.net.URLEncoder.encode(
        value.isString() ? value.asString() : value.toString(),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  String badParameter() {
    return pick(BAD_PARAMETERS);
  }

  String[] badHeader() {
    return pick(BAD_HEADERS);
  }

  /** The sample body with one thing wrong, or a body that is not the schema's at all. */
  String badBody(JsonNode schema) {
    JsonNode valid = sample(schema, 0);
    List<ObjectNode> objects = new ArrayList<>();
    collect(valid, objects);
    if (objects.isEmpty() || random.nextInt(6) == 0) {
      return pick(
          List.of(
              "",
              "{",
              "null",
              "[]",
              "\"x\"",
              "1e999999",
              "{\"a\":1,\"a\":2}",
              "[".repeat(3_000) + "]".repeat(3_000),
              "{\"x\":\"\\ud800\"}",
              valid.toString() + "trailing"));
    }
    ObjectNode object = objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    object.propertyNames().forEach(names::add);
    String name = names.isEmpty() ? "extra" : pick(names);
    switch (random.nextInt(10)) {
      case 0 -> object.remove(name);
      case 1 -> object.putNull(name);
      case 2 -> object.put(name, "a\u0000b");
      case 3 -> object.put(name, "\u001b[2J\u0007" + "\u0085\u2028");
      case 4 -> object.put(name, "x".repeat(100_000));
      case 5 -> object.put(name, random.nextBoolean() ? 123456789012L : -1);
      case 6 -> object.set(name, NODES.objectNode().put("$gt", ""));
      case 7 -> object.set(name, nested(200));
      case 8 -> object.put("unexpected" + random.nextInt(3), ".*");
      default -> object.set(name, NODES.arrayNode().add(true).add("'; DROP TABLE t; --"));
    }
    return valid.toString();
  }

  private static ArrayNode nested(int depth) {
    ArrayNode root = NODES.arrayNode();
    ArrayNode current = root;
    for (int i = 0; i < depth; i++) {
      current = current.addArray();
    }
    return root;
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
    }
    node.forEach(child -> collect(child, objects));
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.asString().equals("null")) {
          return t.asString();
        }
      }
    }
    return type.isMissingNode() && schema.has("properties") ? "object" : type.asString("string");
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
