package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A service's staff console over MockMvc, as a configured user with HTTP Basic whose password is
 * their name (a test class may {@code @Import} it to have it injected): pages read as them, forms
 * posted as them with the CSRF token, and the notice, warning or error a form's redirect carries
 * back to the page.
 */
public record ConsoleCalls(MockMvc mvc) {

  /** The console page at {@code path} as {@code user}, which must answer 200. */
  public String page(String path, String user) throws Exception {
    return page(path, MockMvcRequestBuilders.get(path).with(httpBasic(user, user)));
  }

  /** The page as shown after a redirect that carried {@code flash}. */
  public String page(String path, String user, Map<String, Object> flash) throws Exception {
    return page(
        path, MockMvcRequestBuilders.get(path).with(httpBasic(user, user)).flashAttrs(flash));
  }

  private String page(String path, MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
    return body;
  }

  /**
   * Sends an intake form that must come back as the intake page (200, nothing stored) with {@code
   * wrongFields} marked; returns the page.
   */
  public String reshownIntake(MockHttpServletRequestBuilder form, String... wrongFields)
      throws Exception {
    return mvc.perform(form)
        .andExpect(status().isOk())
        .andExpect(view().name("console/intake"))
        .andExpect(model().attributeHasFieldErrors("intake", wrongFields))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** The page {@code GET path} answers {@code user}, which must be a 404 page, not a problem. */
  public String missing(String path, String user) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.get(path).with(httpBasic(user, user)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** Sends a form that must answer with a redirect; returns the answer and its flash. */
  public MvcResult redirected(MockHttpServletRequestBuilder form) throws Exception {
    MvcResult result = mvc.perform(form).andReturn();
    assertThat(result.getResponse().getStatus())
        .as("a redirect after the form: %s", result.getResponse().getContentAsString())
        .isBetween(300, 399);
    return result;
  }

  /** The notice (what was done) the form's redirect carries, or null. */
  public String notice(MockHttpServletRequestBuilder form) throws Exception {
    return (String) redirected(form).getFlashMap().get("notice");
  }

  /** The warning (nothing was done: the record changed or its state forbids it), or null. */
  public String warning(MockHttpServletRequestBuilder form) throws Exception {
    return (String) redirected(form).getFlashMap().get("warning");
  }

  /** The error (the form was wrong or not allowed), or null. */
  public String error(MockHttpServletRequestBuilder form) throws Exception {
    return (String) redirected(form).getFlashMap().get("error");
  }

  /** A form posted to {@code path} as {@code user}. */
  public static MockHttpServletRequestBuilder form(String path, String user) {
    return MockMvcRequestBuilders.post(path).with(httpBasic(user, user)).with(csrf());
  }

  /** The form of {@code action} on the record shown at {@code page}, as seen at {@code version}. */
  public static MockHttpServletRequestBuilder action(
      String page, String action, long version, String user) {
    return form(page + "/" + action, user).param("version", Long.toString(version));
  }

  /** The ids of the records {@code html} links to under {@code prefix}, in order. */
  public static List<String> linkedIds(String html, String prefix) {
    List<String> ids = new ArrayList<>();
    Matcher link = Pattern.compile(Pattern.quote(prefix) + "([0-9a-f]{24})").matcher(html);
    while (link.find()) {
      ids.add(link.group(1));
    }
    return ids;
  }
}
