package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class GuardedSignInTests {

  private final AtomicBoolean storeDown = new AtomicBoolean();

  /** Knows one user, agent/agent; fails as a store does while {@link #storeDown} is set. */
  private final AuthenticationProvider accounts =
      new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
          if (storeDown.get()) {
            throw new InternalAuthenticationServiceException("the database is unreachable");
          }
          if (!"agent".equals(attempt.getCredentials())) {
            throw new BadCredentialsException("bad credentials");
          }
          return UsernamePasswordAuthenticationToken.authenticated("agent", null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
          return true;
        }
      };

  private final GuardedSignIn signIn =
      new GuardedSignIn(
          accounts,
          new SignInLimits(null, null, null, null, null),
          new SimpleMeterRegistry(),
          Clock.systemUTC());

  @Test
  void anOutageOfTheAccountStoreLocksNobodyOut() {
    storeDown.set(true);
    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(() -> signIn.authenticate(attempt("agent")))
          .isInstanceOf(InternalAuthenticationServiceException.class);
    }
    storeDown.set(false);

    assertThat(signIn.authenticate(attempt("agent")).isAuthenticated()).isTrue();
  }

  @Test
  void wrongPasswordsStillLockTheUser() {
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> signIn.authenticate(attempt("wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }

    assertThatThrownBy(() -> signIn.authenticate(attempt("agent")))
        .isInstanceOf(SignInLocked.class);
  }

  private static Authentication attempt(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("agent", password);
  }
}
