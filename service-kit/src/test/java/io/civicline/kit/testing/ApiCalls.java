package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON requests to one collection of a service's API ({@code /api/tickets}, {@code /api/cases})
 * over MockMvc, as a configured user with HTTP Basic whose password is their name, or as another
 * identity per user name (e.g. a token, where no users are configured).
 */
public record ApiCalls(
    MockMvc mvc, String collection, Function<String, RequestPostProcessor> identity) {

  public ApiCalls(MockMvc mvc, String collection) {
    this(mvc, collection, user -> httpBasic(user, user));
  }

  /** As the callers of the role matrix: each user name a token of {@link MatrixCallers}. */
  public static ApiCalls withTokens(MockMvc mvc, String collection) {
    return new ApiCalls(mvc, collection, MatrixCallers::tokenOf);
  }

  public MockHttpServletResponse post(String path, String user, String body) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.post(path)
                .with(identity.apply(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn()
        .getResponse();
  }

  /** Creates one as {@code user}, expecting 201; returns its id. */
  public String created(String user, String body) throws Exception {
    MockHttpServletResponse response = post(collection, user, body);
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
    return JsonMapper.shared()
        .readTree(response.getContentAsString(StandardCharsets.UTF_8))
        .get("id")
        .asString();
  }

  /** POSTs {@code action} on {@code id} as {@code user}, expecting 200; returns the id. */
  public String acted(String id, String action, String user, String body) throws Exception {
    MockHttpServletResponse response = post(collection + "/" + id + "/" + action, user, body);
    assertThat(response.getStatus())
        .as(action + ": " + response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(200);
    return id;
  }

  /** The JSON answer of {@code GET path} as {@code user}, or {@code null} unless it is 200. */
  public JsonNode get(String path, String user) throws Exception {
    MockHttpServletResponse response = answer(path, user);
    return response.getStatus() == 200
        ? JsonMapper.shared().readTree(response.getContentAsString(StandardCharsets.UTF_8))
        : null;
  }

  /** The JSON answer of {@code GET path} as {@code user}, which must be 200. */
  public JsonNode read(String path, String user) throws Exception {
    MockHttpServletResponse response = answer(path, user);
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as("GET %s: %s", path, body).isEqualTo(200);
    return JsonMapper.shared().readTree(body);
  }

  /** The RFC 9457 problem {@code GET path} answers {@code user}, which must be a 400. */
  public JsonNode refused(String path, String user) throws Exception {
    return problem(path, user, 400);
  }

  /** The RFC 9457 problem {@code GET path} answers {@code user} with {@code status}. */
  public JsonNode problem(String path, String user, int status) throws Exception {
    return problemOf(answer(path, user), status);
  }

  /** The RFC 9457 problem of {@code response}, whose status must be {@code status}. */
  public static JsonNode problemOf(MockHttpServletResponse response, int status) throws Exception {
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    assertThat(MediaType.parseMediaType(response.getContentType()))
        .matches(MediaType.APPLICATION_PROBLEM_JSON::equalsTypeAndSubtype);
    return JsonMapper.shared().readTree(body);
  }

  /** The fields the 400 problem {@code answer} names, in order; none where it names none. */
  public static List<String> refusedFields(ResultActions answer) throws Exception {
    JsonNode errors = problemOf(answer.andReturn().getResponse(), 400).path("errors");
    return errors.valueStream().map(error -> error.get("field").asString()).toList();
  }

  /** The ids of the {@code items} of the page {@code GET path} answers {@code user}, in order. */
  public List<String> itemIds(String path, String user) throws Exception {
    return read(path, user)
        .get("items")
        .valueStream()
        .map(item -> item.get("id").asString())
        .toList();
  }

  /** What {@code user} may do with {@code id} now; none where they may not see it. */
  public Set<String> allowedActions(String id, String user) throws Exception {
    JsonNode view = get(collection + "/" + id, user);
    Set<String> allowed = new HashSet<>();
    if (view != null) {
      view.get("allowedActions").forEach(action -> allowed.add(action.asString()));
    }
    return allowed;
  }

  /** What {@code GET path} answers {@code user}. */
  public MockHttpServletResponse answer(String path, String user) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(path).with(identity.apply(user)))
        .andReturn()
        .getResponse();
  }
}
