package io.civicline.systemtests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

/**
 * GeoReport v2's JSON is its XML by the Spark convention: written here from the specification's
 * wiki page (JSON_and_XML_Conversion) and its examples, not from the service's code. A list element
 * (the specification's ⇊ fields: services, service_requests, errors, attributes, values, endpoints,
 * formats) is a JSON array of its items; any other element with children an object; an empty
 * element null; text a string. JSON scalars compare as their text, as XML has no types.
 */
final class SparkConvention {

  /** The specification's lists, each with the name of its items. */
  static final Map<String, String> LISTS =
      Map.of(
          "services", "service",
          "service_requests", "request",
          "errors", "error",
          "attributes", "attribute",
          "values", "value",
          "endpoints", "endpoint",
          "formats", "format");

  private SparkConvention() {}

  /** The XML document as the tree its JSON must equal. */
  static Object ofXml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    return element(root);
  }

  /** The JSON answer as a tree of maps, lists and strings. */
  static Object ofJson(JsonNode json) {
    if (json.isArray()) {
      List<Object> items = new ArrayList<>();
      json.values().forEach(item -> items.add(ofJson(item)));
      return items;
    }
    if (json.isObject()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      json.properties().forEach(field -> fields.put(field.getKey(), ofJson(field.getValue())));
      return fields;
    }
    return json.isNull() ? null : json.asString();
  }

  private static Object element(Element element) {
    List<Element> children = children(element);
    String item = LISTS.get(element.getTagName());
    if (item != null) {
      List<Object> items = new ArrayList<>();
      for (Element child : children) {
        if (!child.getTagName().equals(item)) {
          throw new AssertionError(
              "<"
                  + element.getTagName()
                  + "> holds <"
                  + child.getTagName()
                  + ">, not <"
                  + item
                  + ">");
        }
        items.add(element(child));
      }
      return items;
    }
    if (!children.isEmpty()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Element child : children) {
        if (fields.put(child.getTagName(), element(child)) != null) {
          throw new AssertionError(
              "<" + child.getTagName() + "> twice in <" + element.getTagName() + ">");
        }
      }
      return fields;
    }
    String text = element.getTextContent();
    return text.isEmpty() ? null : text;
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }
}
