package io.civicline.kit.testing;

import static io.civicline.kit.testing.BadBodies.Field.optional;
import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.BadBodies.Field;
import io.civicline.kit.testing.BadBodies.Kind;
import io.civicline.kit.testing.BadInputFuzz.AllowedActions;
import io.civicline.kit.testing.BadInputFuzz.Endpoint;
import io.civicline.kit.testing.BadInputFuzz.Subjects;
import io.civicline.kit.testing.BadInputFuzz.Transition;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The bad-input suite of a case service's write API over {@link BadInputFuzz}, driven by the
 * service's table: its intake and action endpoints, each with the subjects it acts on, and the
 * transitions its states forbid. Every run ends with no failure and every accepted change
 * published.
 */
public final class WriteApiFuzz {

  static final long SEED = 12345L;
  static final int RANDOM_PAIRS = 4;

  /** The subject of the intake endpoint: a count of documents, as none exists before it. */
  static final String NEW = "(new)";

  public static final Field VERSION = optional("version", Kind.NUMBER);
  public static final Field NOTE = optional("note", Kind.TEXT);

  private final MockMvc mvc;
  private final String collection;
  private final OutboxedDocuments documents;
  private final List<String> bootstrapServers;
  private final Map<Endpoint, Subjects> endpoints = new LinkedHashMap<>();

  /**
   * @param collection the API path the aggregates are created at, e.g. {@code /api/tickets}
   * @param documents where they are stored and published
   */
  public WriteApiFuzz(
      MockMvc mvc, String collection, OutboxedDocuments documents, List<String> bootstrapServers) {
    this.mvc = mvc;
    this.collection = collection;
    this.documents = documents;
    this.bootstrapServers = List.copyOf(bootstrapServers);
  }

  /** The endpoint that creates one, with its fields. */
  public WriteApiFuzz intake(String name, String user, String body, List<Field> fields) {
    endpoints.put(new Endpoint(name, collection, user, body, fields, false), () -> NEW);
    return this;
  }

  /** {@code POST collection/{id}/path}, on subjects made fresh by {@code subjects}. */
  public WriteApiFuzz action(
      String path, String user, String body, List<Field> fields, Subjects subjects) {
    boolean bodyOptional = fields.stream().noneMatch(Field::required);
    endpoints.put(
        new Endpoint(path, collection + "/{id}/" + path, user, body, fields, bodyOptional),
        subjects);
    return this;
  }

  /** Fuzzes every endpoint of the table: no 5xx, no change from a 4xx, every change published. */
  public void assertEveryEndpointTakesOnlyGoodInput(String service) throws Exception {
    long start = System.nanoTime();
    BadInputFuzz fuzz = new BadInputFuzz(mvc, this::stored, SEED, RANDOM_PAIRS);
    for (Map.Entry<Endpoint, Subjects> endpoint : endpoints.entrySet()) {
      fuzz.fuzz(endpoint.getKey(), endpoint.getValue());
    }
    System.out.printf(
        "%s bad-input fuzz: %d requests to %d endpoints (seed %d) in %d ms%n",
        service,
        fuzz.sent(),
        endpoints.size(),
        SEED,
        Duration.ofNanos(System.nanoTime() - start).toMillis());
    assertThat(fuzz.failures()).isEmpty();
    documents.assertAllPublished(bootstrapServers);
  }

  /**
   * {@code POST collection/{id}/path}, which only a state allowing one of {@code actions} takes.
   */
  public Transition transition(String path, Set<String> actions, String user, String body) {
    return new Transition(collection + "/{id}/" + path, actions, user, body);
  }

  /**
   * Tries each transition on a subject in each state: those the state forbids are refused and
   * change nothing, more than {@code refusedPerState} of them per state on average.
   */
  public void assertForbiddenTransitionsRefused(
      Map<String, Subjects> states,
      List<Transition> transitions,
      AllowedActions allowed,
      int refusedPerState)
      throws Exception {
    BadInputFuzz fuzz = new BadInputFuzz(mvc, this::stored, SEED, 0);
    int refused = fuzz.transitions(states, transitions, allowed);
    assertThat(fuzz.failures()).isEmpty();
    assertThat(refused).isGreaterThan(states.size() * refusedPerState);
    documents.assertAllPublished(bootstrapServers);
  }

  /** The document as stored once its outbox is published; for the intake, the count. */
  private String stored(String id) {
    return NEW.equals(id) ? documents.count() : documents.stored(id);
  }
}
