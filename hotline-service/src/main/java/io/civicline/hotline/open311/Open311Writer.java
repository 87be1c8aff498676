package io.civicline.hotline.open311;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes an {@link Open311Tree} as GeoReport v2 XML (with its declaration) or JSON. */
@Component
class Open311Writer {

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  // Its own mapper: the answers keep null fields, as the specification's examples do.
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The tree in {@code format}; {@code root} names the XML document's element. */
  String write(Open311Format format, String root, Object tree) {
    return format == Open311Format.JSON ? JSON.writeValueAsString(plain(tree)) : xml(root, tree);
  }

  /** The tree with each list as a plain list, as JSON writes it. */
  private static Object plain(Object tree) {
    if (tree instanceof Open311Tree.Items items) {
      List<Object> values = new ArrayList<>();
      items.values().forEach(value -> values.add(plain(value)));
      return values;
    }
    if (tree instanceof Map<?, ?> fields) {
      Map<Object, Object> values = new LinkedHashMap<>();
      fields.forEach((name, value) -> values.put(name, plain(value)));
      return values;
    }
    return tree;
  }

  private static String xml(String root, Object tree) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter out = XML.createXMLStreamWriter(text);
      out.writeStartDocument("UTF-8", "1.0");
      element(out, root, tree);
      out.writeEndDocument();
      out.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write an Open311 answer as XML", e);
    }
    return text.toString();
  }

  private static void element(XMLStreamWriter out, String name, Object value)
      throws XMLStreamException {
    if (value == null) {
      out.writeEmptyElement(name);
      return;
    }
    out.writeStartElement(name);
    if (value instanceof Open311Tree.Items items) {
      for (Object item : items.values()) {
        element(out, items.item(), item);
      }
    } else if (value instanceof Map<?, ?> fields) {
      for (Map.Entry<?, ?> field : fields.entrySet()) {
        element(out, (String) field.getKey(), field.getValue());
      }
    } else {
      out.writeCharacters(value.toString());
    }
    out.writeEndElement();
  }
}
