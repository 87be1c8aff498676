package io.civicline.kit.staff;

import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/me/password} on every service: the signed-in user changes their own password. A
 * configured user or one of an identity provider gets a 409 that says where it is set.
 */
@RestController
class OwnPasswordApi {

  static final String PATH = "/api/me/password";

  private final ObjectProvider<StaffAccounts> accounts;

  OwnPasswordApi(ObjectProvider<StaffAccounts> accounts) {
    this.accounts = accounts;
  }

  @PostMapping(PATH)
  ResponseEntity<Void> change(@Valid @RequestBody PasswordChange change, Authentication user) {
    change(accounts, user.getName(), change);
    return ResponseEntity.noContent().build();
  }

  /** The change, wherever it was asked for; without a staff directory no account is stored. */
  static void change(
      ObjectProvider<StaffAccounts> accounts, String userName, PasswordChange change) {
    StaffAccounts stored = accounts.getIfAvailable();
    if (stored == null) {
      throw StaffAccounts.notStored(userName);
    }
    stored.changeOwn(userName, change);
  }
}
