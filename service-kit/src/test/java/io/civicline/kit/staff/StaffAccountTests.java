package io.civicline.kit.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each change is the next version, by someone, with its entry in the history. */
class StaffAccountTests {

  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void everyChangeIsTheNextVersionAndSaysWhoAndWhatButNoPassword() {
    StaffAccount created =
        StaffAccount.created(
            "zhang",
            StaffRulesTests.details("DEPARTMENT", "HEATING_CO", null, null, null),
            "{bcrypt}h1",
            "admin",
            T0);
    StaffAccount moved =
        created.edited(
            StaffRulesTests.details("DEPARTMENT", "WATER_CO", null, null, null),
            "boss",
            T0.plusSeconds(60));
    StaffAccount disabled = moved.enabled(false, "admin", T0.plusSeconds(120));
    StaffAccount reset =
        disabled.passwordReset("{bcrypt}secret-hash", "admin", T0.plusSeconds(180));

    assertThat(created.passwordChangeRequired()).isTrue();
    assertThat(reset.version()).isEqualTo(4);
    assertThat(reset.enabled()).isFalse();
    assertThat(reset.updatedBy()).isEqualTo("admin");
    assertThat(reset.createdBy()).isEqualTo("admin");
    assertThat(reset.history())
        .extracting(StaffChange::by, StaffChange::what)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "admin", "created: DEPARTMENT department=HEATING_CO"),
            org.assertj.core.groups.Tuple.tuple(
                "boss",
                "edited: [DEPARTMENT department=HEATING_CO → DEPARTMENT department=WATER_CO]"),
            org.assertj.core.groups.Tuple.tuple("admin", "disabled"),
            org.assertj.core.groups.Tuple.tuple("admin", "password reset"));
    assertThat(reset.history().toString()).doesNotContain("secret-hash");
    assertThat(reset.passwordChanged("{bcrypt}h3", T0.plusSeconds(240)).passwordChangeRequired())
        .isFalse();
  }
}
