package io.civicline.kit.staff;

import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.problem.NotFoundException;
import io.civicline.kit.security.UsersProperties;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What admins and users do with stored accounts: create, edit, disable and enable, reset a
 * password, and change one's own. Each change is one versioned write with its history entry; a
 * change made on a stale version is a 409 with the current account.
 */
public class StaffAccounts {

  private final StaffDirectory directory;
  private final StaffRules rules;
  private final PasswordEncoder encoder;
  private final UsersProperties configured;
  private final Clock clock;

  public StaffAccounts(
      StaffDirectory directory,
      StaffRules rules,
      PasswordEncoder encoder,
      UsersProperties configured,
      Clock clock) {
    this.directory = directory;
    this.rules = rules;
    this.encoder = encoder;
    this.configured = configured;
    this.clock = clock;
  }

  public List<StaffAccount> all() {
    return directory.all();
  }

  public StaffAccount get(String userName) {
    return directory.find(userName).orElseThrow(() -> new NotFoundException("account", userName));
  }

  public StaffAccount create(NewStaffAccount request, String by) {
    rules.checkUserName(request.userName());
    rules.check(request.details());
    PasswordRule.check("password", request.userName(), request.password());
    if (configured.users().containsKey(request.userName())) {
      throw new ConflictException(
          "The user name " + request.userName() + " is a configured user.", null);
    }
    StaffAccount account =
        StaffAccount.created(
            request.userName(),
            request.details(),
            encoder.encode(request.password()),
            by,
            clock.instant());
    directory.insert(account);
    return account;
  }

  /**
   * @param expectedVersion the version the admin edited; required, so that nobody overwrites a
   *     change they have not seen
   */
  public StaffAccount edit(String userName, StaffDetails details, Long expectedVersion, String by) {
    if (expectedVersion == null) {
      throw new InvalidRequestException("version", "is required (or an If-Match header)");
    }
    rules.check(details);
    StaffAccount current = get(userName);
    if (current.version() != expectedVersion) {
      throw stale(current);
    }
    return save(current, account -> account.edited(details, by, clock.instant()));
  }

  public StaffAccount setEnabled(String userName, boolean enabled, String by) {
    StaffAccount current = get(userName);
    if (!enabled && userName.equals(by)) {
      throw new ConflictException("An admin cannot disable their own account.", current);
    }
    return save(current, account -> account.enabled(enabled, by, clock.instant()));
  }

  public StaffAccount resetPassword(String userName, PasswordReset reset, String by) {
    PasswordRule.check("password", userName, reset.password());
    String hash = encoder.encode(reset.password());
    return save(get(userName), account -> account.passwordReset(hash, by, clock.instant()));
  }

  /** The signed-in user's own change; only a stored account has a password to change here. */
  public StaffAccount changeOwn(String userName, PasswordChange change) {
    StaffAccount current = directory.find(userName).orElseThrow(() -> notStored(userName));
    if (!encoder.matches(change.currentPassword(), current.passwordHash())) {
      throw new InvalidRequestException("currentPassword", "is not the current password");
    }
    PasswordRule.check("newPassword", userName, change.newPassword());
    if (change.newPassword().equals(change.currentPassword())) {
      throw new InvalidRequestException("newPassword", "must differ from the current password");
    }
    String hash = encoder.encode(change.newPassword());
    return save(current, account -> account.passwordChanged(hash, clock.instant()));
  }

  private StaffAccount save(StaffAccount current, UnaryOperator<StaffAccount> change) {
    StaffAccount next = change.apply(current);
    if (!directory.replace(next)) {
      throw stale(get(current.userName()));
    }
    return next;
  }

  private static ConflictException stale(StaffAccount current) {
    return new ConflictException(
        "The account was changed meanwhile (now version " + current.version() + ").", current);
  }

  /** The account is not stored here: its password is set in configuration or by the provider. */
  public static ConflictException notStored(String userName) {
    return new ConflictException(
        "The account "
            + userName
            + " is not in the staff directory: its password is set in the service's"
            + " configuration or by the identity provider.",
        null);
  }
}
