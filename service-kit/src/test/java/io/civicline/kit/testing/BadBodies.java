package io.civicline.kit.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad variants of a valid JSON request body, the same for every run: each field removed, null, of
 * the wrong JSON type, a MongoDB operator, huge or in odd Unicode; malformed JSON, an oversized
 * body, unknown fields and wrong content types; plus a seeded number of random pairs of those. Each
 * variant says whether the API must refuse it or may take it.
 */
public final class BadBodies {

  /** What a field holds: it decides which wrong values a lenient JSON reader may still take. */
  public enum Kind {
    /** A reference-data code or other identifier: nothing but a known code is acceptable. */
    CODE,
    /** Free text: any scalar (read as text) and any Unicode may be acceptable. */
    TEXT,
    ENUM,
    INSTANT,
    DATE,
    FLAG,
    NUMBER,
    OBJECT,
    LIST
  }

  /** A field of the valid body. */
  public record Field(String name, Kind kind, boolean required) {

    public static Field required(String name, Kind kind) {
      return new Field(name, kind, true);
    }

    public static Field optional(String name, Kind kind) {
      return new Field(name, kind, false);
    }
  }

  /** What the API may answer to a variant. */
  public enum Expect {
    /** A 4xx problem, nothing changed. */
    REJECTED,
    /** A 2xx: the input is acceptable as it is (e.g. unknown fields are ignored). */
    ACCEPTED,
    /** Either a 4xx problem with nothing changed or a 2xx. */
    EITHER
  }

  /** One request body to send, with its content type ({@code null}: none). */
  public record Variant(String name, String contentType, byte[] body, Expect expect) {

    public Variant(String name, String contentType, String body, Expect expect) {
      this(name, contentType, body.getBytes(StandardCharsets.UTF_8), expect);
    }
  }

  public static final String JSON = "application/json";

  /** 100 000 characters: more than any text field of the API allows. */
  public static final String HUGE = "x".repeat(100_000);

  /** Raw JSON escapes that a Java string cannot hold as such, put in after writing the body. */
  private static final Map<String, String> RAW_ESCAPES =
      Map.of(
          "@@LONE_HIGH@@", "\\ud800 lone high",
          "@@LONE_LOW@@", "\\udc00 lone low",
          "@@NUL@@", "nul\\u0000byte");

  private static final List<String> ODD_UNICODE =
      List.of(
          "\u202Eevil\u202C right-to-left override",
          "\u200F\u200E\u061C marks",
          "😀👩‍👩‍👧 🏳️‍🌈 emoji",
          "@@LONE_HIGH@@",
          "@@LONE_LOW@@",
          "@@NUL@@",
          "e\u0301\u0301\u0301\u0301\u0301 combining",
          "\u200B",
          "\uFEFFbom",
          "行\u2028分\u2029段");

  private static final List<String> INJECTED_TEXT =
      List.of("$where", "'; return true; var x='", "{\"$gt\": \"\"}", "$ne");

  private static final JsonMapper MAPPER = JsonMapper.shared();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BadBodies() {}

  /**
   * Every variant of {@code validBody}.
   *
   * @param bodyOptional whether the endpoint takes no body at all (JSON {@code null} or empty)
   * @param pairs how many random pairs of field mutations to add, drawn with {@code seed}
   */
  public static List<Variant> of(
      String validBody, List<Field> fields, boolean bodyOptional, long seed, int pairs) {
    ObjectNode valid = (ObjectNode) MAPPER.readTree(validBody);
    Random random = new Random(seed);
    List<FieldMutation> mutations = new ArrayList<>();
    for (Field field : fields) {
      mutations.addAll(mutationsOf(field, random));
    }
    List<Variant> variants = new ArrayList<>();
    for (FieldMutation mutation : mutations) {
      variants.add(json(mutation.name(), apply(valid, List.of(mutation)), mutation.expect()));
    }
    for (int i = 0; i < pairs && mutations.size() > 1; i++) {
      FieldMutation one = mutations.get(random.nextInt(mutations.size()));
      FieldMutation two = mutations.get(random.nextInt(mutations.size()));
      if (one.field().equals(two.field())) {
        continue;
      }
      Expect expect =
          one.expect() == Expect.REJECTED || two.expect() == Expect.REJECTED
              ? Expect.REJECTED
              : Expect.EITHER;
      variants.add(json(one.name() + " + " + two.name(), apply(valid, List.of(one, two)), expect));
    }
    variants.addAll(wholeBodyVariants(valid, fields, bodyOptional));
    return variants;
  }

  private record FieldMutation(String field, String name, JsonNode value, Expect expect) {}

  /**
   * The mutations of one field: every injected text and odd Unicode string for free text, a seeded
   * sample of them elsewhere (where each is refused for the same reason: it is no code or value).
   */
  private static List<FieldMutation> mutationsOf(Field field, Random random) {
    String name = field.name();
    Expect absent = field.required() ? Expect.REJECTED : Expect.EITHER;
    Kind kind = field.kind();
    List<FieldMutation> mutations = new ArrayList<>();
    mutations.add(new FieldMutation(name, name + " removed", null, absent));
    mutations.add(new FieldMutation(name, name + " null", NODES.nullNode(), absent));
    mutations.add(
        mutation(
            name,
            "number",
            NODES.numberNode(123456789),
            kind == Kind.TEXT
                || kind == Kind.INSTANT
                || kind == Kind.DATE
                || kind == Kind.NUMBER
                || kind == Kind.FLAG));
    mutations.add(mutation(name, "huge number", NODES.numberNode(1e300), kind == Kind.TEXT));
    mutations.add(mutation(name, "text", NODES.stringNode("not-a-value"), kind == Kind.TEXT));
    mutations.add(
        mutation(name, "boolean", NODES.booleanNode(true), kind == Kind.TEXT || kind == Kind.FLAG));
    mutations.add(mutation(name, "array", NODES.arrayNode().add(1).add("a"), kind == Kind.LIST));
    mutations.add(mutation(name, "object", NODES.objectNode().put("a", 1), kind == Kind.OBJECT));
    mutations.add(mutation(name, "{$gt:''}", NODES.objectNode().put("$gt", ""), false));
    mutations.add(mutation(name, "{$ne:null}", NODES.objectNode().putNull("$ne"), false));
    mutations.add(
        mutation(
            name, "[{$gt:''}]", NODES.arrayNode().add(NODES.objectNode().put("$gt", "")), false));
    for (String text :
        sample(INJECTED_TEXT, kind == Kind.TEXT ? INJECTED_TEXT.size() : 1, random)) {
      mutations.add(mutation(name, "'" + text + "'", NODES.stringNode(text), kind == Kind.TEXT));
    }
    mutations.add(mutation(name, "100k chars", NODES.stringNode(HUGE), false));
    for (String text : sample(ODD_UNICODE, kind == Kind.TEXT ? ODD_UNICODE.size() : 2, random)) {
      mutations.add(mutation(name, "unicode " + text, NODES.stringNode(text), kind == Kind.TEXT));
    }
    return mutations;
  }

  private static List<String> sample(List<String> values, int size, Random random) {
    List<String> shuffled = new ArrayList<>(values);
    java.util.Collections.shuffle(shuffled, random);
    return shuffled.subList(0, size);
  }

  private static FieldMutation mutation(
      String field, String what, JsonNode value, boolean acceptable) {
    return new FieldMutation(
        field, field + "=" + what, value, acceptable ? Expect.EITHER : Expect.REJECTED);
  }

  private static String apply(ObjectNode valid, List<FieldMutation> mutations) {
    ObjectNode body = valid.deepCopy();
    for (FieldMutation mutation : mutations) {
      if (mutation.value() == null) {
        body.remove(mutation.field());
      } else {
        body.set(mutation.field(), mutation.value());
      }
    }
    String text = MAPPER.writeValueAsString(body);
    for (Map.Entry<String, String> escape : RAW_ESCAPES.entrySet()) {
      text = text.replace(escape.getKey(), escape.getValue());
    }
    return text;
  }

  private static List<Variant> wholeBodyVariants(
      ObjectNode valid, List<Field> fields, boolean bodyOptional) {
    String text = MAPPER.writeValueAsString(valid);
    Expect noBody = bodyOptional ? Expect.EITHER : Expect.REJECTED;
    boolean anyRequired = fields.stream().anyMatch(Field::required);
    List<Variant> variants = new ArrayList<>();
    variants.add(json("empty body", "", noBody));
    variants.add(json("JSON null", "null", noBody));
    variants.add(json("empty object", "{}", anyRequired ? Expect.REJECTED : Expect.EITHER));
    variants.add(json("not JSON", "not json", Expect.REJECTED));
    variants.add(json("truncated", text.substring(0, text.length() / 2), Expect.REJECTED));
    variants.add(json("unclosed", "{", Expect.REJECTED));
    variants.add(json("array", "[" + text + "]", Expect.REJECTED));
    variants.add(json("number", "123", Expect.REJECTED));
    variants.add(json("string", "\"" + HUGE + "\"", Expect.REJECTED));
    variants.add(json("trailing garbage", text + "}}", Expect.REJECTED));
    variants.add(json("nested 10k deep", "[".repeat(10_000) + "]".repeat(10_000), Expect.REJECTED));
    variants.add(
        json("10k-digit number", "{\"version\":" + "9".repeat(10_000) + "}", Expect.REJECTED));
    variants.add(
        new Variant(
            "invalid UTF-8", JSON, new byte[] {'{', '"', (byte) 0xC3, '"', '}'}, Expect.REJECTED));
    ObjectNode padded = valid.deepCopy().put("padding", "x".repeat(1_100_000));
    variants.add(json("body over 1 MB", MAPPER.writeValueAsString(padded), Expect.REJECTED));
    ObjectNode extra = valid.deepCopy();
    extra.put("unknownField", 1);
    extra.put("$where", "sleep(1000)");
    extra.set("$set", NODES.objectNode().put("status", "CLOSED"));
    extra.set("_id", NODES.objectNode().put("$gt", ""));
    variants.add(json("unknown fields", MAPPER.writeValueAsString(extra), Expect.ACCEPTED));
    for (String type :
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x")) {
      variants.add(new Variant("content type " + type, type, text, Expect.REJECTED));
    }
    variants.add(new Variant("no content type", null, text, Expect.REJECTED));
    return variants;
  }

  private static Variant json(String name, String body, Expect expect) {
    return new Variant(name, JSON, body, expect);
  }
}
