package io.civicline.events.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.MediationCaseEventType;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketReferral;
import io.civicline.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI document against the contract it describes, read from where the contract is written:
 * the topic names in {@link Topics}, the event type enums, and the schema files.
 */
class AsyncApiDocumentTests {

  private static final EventApplication EVERY_TOPIC =
      new EventApplication("all", "every topic", Set.of(EventTopic.values()), Set.of());

  private final ObjectNode document = AsyncApiDocument.of(EVERY_TOPIC);

  @Test
  void everyEventTopicIsAChannelAtItsAddress() {
    List<String> addresses = new ArrayList<>();
    document.get("channels").forEach(channel -> addresses.add(channel.get("address").asString()));
    List<String> eventTopics =
        Topics.all().stream().filter(topic -> !topic.endsWith(Topics.DLQ_SUFFIX)).toList();
    assertThat(addresses).containsExactlyInAnyOrderElementsOf(eventTopics);
  }

  @Test
  void everyEventTypeIsAMessageOfItsTopicWithItsOwnSchema() {
    for (TicketEventType type : TicketEventType.values()) {
      assertCarries(Topics.TICKET_EVENTS, type.cloudEventType());
    }
    for (MediationCaseEventType type : MediationCaseEventType.values()) {
      assertCarries(Topics.CASE_EVENTS, type.cloudEventType());
    }
    assertCarries(Topics.REFERRALS, TicketReferral.TYPE);
  }

  @Test
  void everySchemaOfTheContractIsInTheDocument() throws IOException {
    Set<String> files = new HashSet<>();
    try (Stream<Path> schemas = Files.list(Path.of("src/main/resources/schemas"))) {
      schemas
          .map(path -> path.getFileName().toString())
          .forEach(name -> files.add(name.substring(0, name.indexOf(ContractSchemas.SUFFIX))));
    }
    assertThat(files).hasSizeGreaterThan(30);
    assertThat(document.get("components").get("schemas").propertyNames())
        .containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void everyReferenceResolvesInsideTheDocument() {
    List<String> references = new ArrayList<>();
    collectReferences(document, references);
    assertThat(references).hasSizeGreaterThan(100);
    for (String reference : references) {
      assertThat(reference).as("a reference inside the document").startsWith("#/");
      assertThat(document.at(reference.substring(1)).isMissingNode())
          .as("%s resolves", reference)
          .isFalse();
    }
  }

  @Test
  void aServiceDocumentNamesOnlyItsOwnTopicsAndWhichWayEachGoes() {
    ObjectNode mediation =
        AsyncApiDocument.of(
            new EventApplication(
                "mediation-service",
                "cases",
                Set.of(EventTopic.CASE_EVENTS),
                Set.of(EventTopic.REFERRALS)));
    assertThat(mediation.get("channels").propertyNames())
        .containsExactlyInAnyOrder("caseEvents", "referrals");
    assertThat(mediation.at("/operations/sendCaseEvents/action").asString()).isEqualTo("send");
    assertThat(mediation.at("/operations/receiveReferrals/action").asString()).isEqualTo("receive");
    assertThat(mediation.get("operations").propertyNames()).hasSize(2);
    assertThat(mediation.at("/components/messages").has(TicketEventType.RECEIVED.cloudEventType()))
        .isFalse();
  }

  private void assertCarries(String topic, String type) {
    JsonNode channel = channelAt(topic);
    JsonNode reference = channel.get("messages").get(type);
    assertThat(reference).as("%s on %s", type, topic).isNotNull();
    JsonNode message = document.at(reference.get("$ref").asString().substring(1));
    assertThat(message.at("/headers/properties/ce_type/const").asString()).isEqualTo(type);
    String schemaRef = message.at("/payload/schema/$ref").asString();
    JsonNode schema = document.at(schemaRef.substring(1));
    assertThat(schema.at("/properties/type/const").asString())
        .as("the schema of %s is the one written for it", type)
        .isEqualTo(type);
  }

  private JsonNode channelAt(String address) {
    for (JsonNode channel : document.get("channels")) {
      if (channel.get("address").asString().equals(address)) {
        return channel;
      }
    }
    throw new AssertionError("no channel at " + address);
  }

  private static void collectReferences(JsonNode node, List<String> references) {
    if (node.isObject() && node.has("$ref")) {
      references.add(node.get("$ref").asString());
    }
    node.forEach(child -> collectReferences(child, references));
  }
}
