package io.civicline.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The client's address, as Spring Security records it, and which door a sign-in came through. */
final class SignInDetails extends WebAuthenticationDetails {

  /** The login form, or HTTP Basic on a request. */
  enum Door {
    FORM,
    BASIC
  }

  private final Door door;

  private SignInDetails(HttpServletRequest request, Door door) {
    super(request);
    this.door = door;
  }

  Door door() {
    return door;
  }

  static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> through(Door door) {
    return request -> new SignInDetails(request, door);
  }
}
