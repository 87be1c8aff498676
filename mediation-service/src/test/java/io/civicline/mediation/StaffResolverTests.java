package io.civicline.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.ReferenceData;
import io.civicline.kit.security.StaffProfiles;
import io.civicline.kit.security.UsersProperties;
import io.civicline.kit.staff.NewStaffAccount;
import io.civicline.kit.staff.StaffAccounts;
import io.civicline.kit.staff.StaffDetails;
import io.civicline.kit.staff.StaffDirectory;
import io.civicline.kit.staff.StaffRules;
import io.civicline.kit.testing.InProcessMongo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** A user's roster entry: the one their stored account names, else the roster's own account. */
class StaffResolverTests {

  static final InProcessMongo MONGO = new InProcessMongo();
  static final ReferenceData REFERENCE = ReferenceData.defaults();

  final StaffDirectory directory =
      new StaffDirectory(MONGO.uri("civicline-staff"), Duration.ofSeconds(2));
  final StaffAccounts accounts =
      new StaffAccounts(
          directory,
          new StaffRules(REFERENCE),
          PasswordEncoderFactories.createDelegatingPasswordEncoder(),
          new UsersProperties(Map.of()),
          Clock.systemUTC());
  final StaffResolver resolver =
      new StaffResolver(REFERENCE, new StaffProfiles(new UsersProperties(Map.of()), directory));

  @AfterAll
  static void stopMongo() {
    MONGO.stop();
  }

  @Test
  void aStoredAccountActsAsTheRosterEntryItNames() {
    storeMediator("zhang.min", "M_YIMEI_03");
    storeMediator("mediator2", "M_YIMEI_04");

    assertThat(resolver.of(mediator("zhang.min")).mediator()).isEqualTo("M_YIMEI_03");
    assertThat(resolver.of(mediator("mediator2")).mediator())
        .as("the stored account wins over the roster's account")
        .isEqualTo("M_YIMEI_04");
  }

  @Test
  void withoutAStoredAccountTheRostersAccountDecides() {
    assertThat(resolver.of(mediator("mediator")).mediator()).isEqualTo("M_YIMEI_01");
    assertThat(resolver.of(mediator("stranger")).mediator()).isNull();
  }

  private void storeMediator(String userName, String rosterEntry) {
    accounts.create(
        new NewStaffAccount(
            userName,
            new StaffDetails("调解员", "MEDIATOR", null, rosterEntry, null, null),
            "spring-2026"),
        "admin");
  }

  private static UsernamePasswordAuthenticationToken mediator(String userName) {
    return UsernamePasswordAuthenticationToken.authenticated(
        userName, null, List.of(new SimpleGrantedAuthority("ROLE_MEDIATOR")));
  }
}
