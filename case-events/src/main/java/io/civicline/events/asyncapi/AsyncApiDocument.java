package io.civicline.events.asyncapi;

import io.civicline.events.CloudEvent;
import io.civicline.events.KafkaCloudEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI 3 document of one service's events, made from the contract itself: the topics of
 * {@link EventTopic}, one message per CloudEvents type with the contract's JSON Schema of it as the
 * payload (JSON Schema 2020-12, as written), and the CloudEvents headers of the Kafka binding.
 */
public final class AsyncApiDocument {

  static final String ASYNCAPI = "3.1.0";

  /** The events' contract version: each type carries its own version, so it changes rarely. */
  static final String VERSION = "1.0.0";

  static final String PAYLOAD_FORMAT = "application/schema+json;version=draft-2020-12";
  private static final String KAFKA_BINDING = "0.5.0";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private AsyncApiDocument() {}

  public static ObjectNode of(EventApplication application) {
    ObjectNode document = JSON.createObjectNode();
    document.put("asyncapi", ASYNCAPI);
    ObjectNode info = document.putObject("info");
    info.put("title", application.title() + " events");
    info.put("version", VERSION);
    info.put("description", application.description());
    document.put("defaultContentType", CloudEvent.CONTENT_TYPE);
    ObjectNode channels = document.putObject("channels");
    ObjectNode operations = document.putObject("operations");
    ObjectNode components = document.putObject("components");
    ObjectNode messages = components.putObject("messages");
    List<String> types = new ArrayList<>();
    for (EventTopic topic : EventTopic.values()) {
      boolean sends = application.sends().contains(topic);
      if (!sends && !application.receives().contains(topic)) {
        continue;
      }
      channels.set(topic.channelId(), channel(topic));
      operations.set(
          (sends ? "send" : "receive") + capitalized(topic.channelId()),
          operation(topic, sends ? "send" : "receive"));
      for (String type : topic.types()) {
        messages.set(type, message(topic, type));
        types.add(type);
      }
    }
    ObjectNode schemas = components.putObject("schemas");
    for (Map.Entry<String, JsonNode> schema : ContractSchemas.closureOf(types).entrySet()) {
      schemas.set(schema.getKey(), schema.getValue());
    }
    for (String type : types) {
      String title = schemas.get(type).path("title").asString("");
      if (!title.isEmpty()) {
        ((ObjectNode) messages.get(type)).put("title", title);
      }
    }
    return document;
  }

  private static ObjectNode channel(EventTopic topic) {
    ObjectNode channel = JSON.createObjectNode();
    channel.put("address", topic.address());
    channel.put("description", topic.description());
    ObjectNode messages = channel.putObject("messages");
    for (String type : topic.types()) {
      messages.putObject(type).put("$ref", "#/components/messages/" + type);
    }
    return channel;
  }

  private static ObjectNode operation(EventTopic topic, String action) {
    ObjectNode operation = JSON.createObjectNode();
    operation.put("action", action);
    operation.putObject("channel").put("$ref", "#/channels/" + topic.channelId());
    ArrayNode messages = operation.putArray("messages");
    for (String type : topic.types()) {
      messages.addObject().put("$ref", "#/channels/" + topic.channelId() + "/messages/" + type);
    }
    return operation;
  }

  private static ObjectNode message(EventTopic topic, String type) {
    ObjectNode message = JSON.createObjectNode();
    message.put("name", type);
    message.put("contentType", CloudEvent.CONTENT_TYPE);
    message.set("headers", headers(type));
    ObjectNode payload = message.putObject("payload");
    payload.put("schemaFormat", PAYLOAD_FORMAT);
    payload.putObject("schema").put("$ref", ContractSchemas.componentRef(type));
    ObjectNode kafka = message.putObject("bindings").putObject("kafka");
    ObjectNode key = kafka.putObject("key");
    key.put("type", "string");
    key.put("description", topic.key() + ", also the CloudEvents subject");
    kafka.put("bindingVersion", KAFKA_BINDING);
    return message;
  }

  /**
   * The CloudEvents attributes in the binary content mode's headers, as {@link KafkaCloudEvents}
   * writes them.
   */
  private static ObjectNode headers(String type) {
    ObjectNode headers = JSON.createObjectNode();
    headers.put("type", "object");
    ObjectNode properties = headers.putObject("properties");
    properties.putObject(KafkaCloudEvents.ID).put("type", "string");
    properties.putObject(KafkaCloudEvents.SOURCE).put("type", "string");
    properties.putObject(KafkaCloudEvents.TYPE).put("const", type);
    properties.putObject(KafkaCloudEvents.SPEC_VERSION).put("const", CloudEvent.SPEC_VERSION);
    ObjectNode time = properties.putObject(KafkaCloudEvents.TIME);
    time.put("type", "string");
    time.put("format", "date-time");
    properties.putObject(KafkaCloudEvents.SUBJECT).put("type", "string");
    properties.putObject(KafkaCloudEvents.CONTENT_TYPE).put("const", CloudEvent.CONTENT_TYPE);
    // Every record carries all of them.
    ArrayNode required = headers.putArray("required");
    properties.propertyNames().forEach(required::add);
    return headers;
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
