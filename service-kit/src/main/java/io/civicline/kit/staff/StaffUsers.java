package io.civicline.kit.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who may sign in with a password: a stored account first, read anew on every sign-in (so a
 * disabled account is refused at once, whatever password an encoder remembers), then the configured
 * users of development.
 */
public class StaffUsers implements UserDetailsService {

  private final StaffDirectory directory;
  private final UserDetailsService configured;

  public StaffUsers(StaffDirectory directory, UserDetailsService configured) {
    this.directory = directory;
    this.configured = configured;
  }

  @Override
  public UserDetails loadUserByUsername(String userName) throws UsernameNotFoundException {
    return directory
        .find(userName)
        .<UserDetails>map(
            account ->
                User.withUsername(account.userName())
                    .password(account.passwordHash())
                    .roles(account.details().role())
                    .disabled(!account.enabled())
                    .build())
        .orElseGet(() -> configured.loadUserByUsername(userName));
  }
}
