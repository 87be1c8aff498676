package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing at both doors, the login form and HTTP Basic, as an attacker tries it: after
 * five failures a user name or a client address is locked (429, {@code Retry-After}), even for the
 * right password, while other users from other addresses sign in as usual. Each test uses its own
 * names and addresses: the context, and so the counts, are shared.
 */
@SpringBootTest(classes = SecuredTestApp.class)
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = {
      "civicline.security.sign-in.max-tracked=20",
      "civicline.security.users.clerk.password={noop}clerk",
      "civicline.security.users.clerk.roles=AGENT",
      "civicline.security.users.typist.password={noop}typist",
      "civicline.security.users.typist.roles=AGENT",
      "civicline.security.users.formuser.password={noop}formuser",
      "civicline.security.users.formuser.roles=AGENT"
    })
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTests {

  @Autowired MockMvc mvc;
  @Autowired GuardedSignIn signIns;
  @Autowired MeterRegistry meters;

  @Test
  void theSixthBasicSignInAfterFiveWrongPasswordsIs429EvenWithTheRightPassword(
      CapturedOutput output) throws Exception {
    for (int i = 0; i < 5; i++) {
      api("agent", "guess" + i, "10.0.0.1").andExpect(status().isUnauthorized());
    }

    api("agent", "agent", "10.0.0.1")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "30"))
        .andExpect(jsonPath("$.status").value(429));
    // The name is locked from any address, and a made-up case does not get round it.
    api("AGENT", "agent", "10.0.0.99").andExpect(status().isTooManyRequests());
    assertThat(output)
        .contains("Sign-in failed: user=agent address=10.0.0.1 door=basic; locked for 30 s")
        .doesNotContain("guess4");
  }

  @Test
  void anotherUserFromAnotherAddressIsUnaffected() throws Exception {
    for (int i = 0; i < 6; i++) {
      api("manager", "guess", "10.0.1.1");
    }
    api("manager", "manager", "10.0.1.1").andExpect(status().isTooManyRequests());

    api("clerk", "clerk", "10.0.1.2").andExpect(status().isOk());
  }

  @Test
  void anAddressGuessingManyNamesIsLockedForEveryName() throws Exception {
    for (int i = 0; i < 5; i++) {
      api("nobody" + i, "guess", "10.0.2.1").andExpect(status().isUnauthorized());
    }

    api("typist", "typist", "10.0.2.1")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    api("typist", "typist", "10.0.2.2").andExpect(status().isOk());
  }

  @Test
  void aSuccessfulSignInResetsTheUsersCount() throws Exception {
    for (int i = 0; i < 4; i++) {
      api("heating", "guess", "10.0.3." + i).andExpect(status().isUnauthorized());
    }
    api("heating", "heating", "10.0.3.9").andExpect(status().isForbidden());
    for (int i = 4; i < 8; i++) {
      api("heating", "guess", "10.0.3." + i).andExpect(status().isUnauthorized());
    }

    api("heating", "heating", "10.0.3.9").andExpect(status().isForbidden());
  }

  @Test
  void theLoginFormIsLockedTooAndSaysForHowLong() throws Exception {
    for (int i = 0; i < 5; i++) {
      form("formuser", "guess", "10.0.4.1").andExpect(redirectedUrl("/login?error"));
    }

    form("formuser", "formuser", "10.0.4.1")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "30"))
        .andExpect(forwardedUrl("/login"));
    // HTTP Basic on a page is the same door with the same count.
    mvc.perform(get("/console").with(httpBasic("formuser", "formuser")).with(from("10.0.4.1")))
        .andExpect(status().isTooManyRequests());
  }

  @Test
  void everyOutcomeIsCounted() throws Exception {
    double failures = count("basic", "failure");
    double successes = count("basic", "success");

    api("mediator", "guess", "10.0.5.1");
    api("clerk", "clerk", "10.0.5.1");

    assertThat(count("basic", "failure")).isEqualTo(failures + 1);
    assertThat(count("basic", "success")).isEqualTo(successes + 1);
  }

  @Test
  void aSprayOfNamesAndAddressesKeepsMemoryBounded() throws Exception {
    for (int i = 0; i < 40; i++) {
      api("spray" + i, "guess", "10.1.0." + i).andExpect(status().isUnauthorized());
    }

    assertThat(signIns.trackedUsers()).isLessThanOrEqualTo(20);
    assertThat(signIns.trackedAddresses()).isLessThanOrEqualTo(20);
  }

  private ResultActions api(String user, String password, String address) throws Exception {
    return mvc.perform(get("/api/ping").with(httpBasic(user, password)).with(from(address)));
  }

  private ResultActions form(String user, String password, String address) throws Exception {
    return mvc.perform(
        post("/login")
            .param("username", user)
            .param("password", password)
            .accept(MediaType.TEXT_HTML)
            .with(csrf())
            .with(from(address)));
  }

  private double count(String door, String outcome) {
    var counter = meters.find("civicline.sign-ins").tag("door", door).tag("outcome", outcome);
    return counter.counter() == null ? 0 : counter.counter().count();
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
