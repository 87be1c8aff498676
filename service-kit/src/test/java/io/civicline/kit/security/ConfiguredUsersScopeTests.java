package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

/** A configured user whose role needs a scope the entry lacks stops the service at start-up. */
class ConfiguredUsersScopeTests {

  private final ApplicationContextRunner service =
      new ApplicationContextRunner().withUserConfiguration(Users.class);

  @Test
  void aDepartmentUserWithoutADepartmentStopsTheStartNamingUserAndGap() {
    service
        .withPropertyValues(
            "civicline.security.users.agent.roles=AGENT",
            "civicline.security.users.clerk.roles=DEPARTMENT")
        .run(
            context ->
                assertThat(rootMessage(context.getStartupFailure()))
                    .contains("'clerk'", "role DEPARTMENT but no department"));
  }

  @Test
  void aLeadWithNeitherBodyNorDistrictStopsTheStart() {
    service
        .withPropertyValues("civicline.security.users.chief.roles=MEDIATION_LEAD")
        .run(
            context ->
                assertThat(rootMessage(context.getStartupFailure()))
                    .contains("'chief'", "neither a body nor a district"));
  }

  @Test
  void usersWithTheirScopeStart() {
    service
        .withPropertyValues(
            "civicline.security.users.heating.roles=DEPARTMENT",
            "civicline.security.users.heating.department=HEATING_CO",
            "civicline.security.users.chief.roles=MEDIATION_LEAD",
            "civicline.security.users.chief.body=YIMEI_PMC",
            "civicline.security.users.admin.roles=ADMIN")
        .run(context -> assertThat(context).hasNotFailed());
  }

  private static String rootMessage(Throwable failure) {
    assertThat(failure).isNotNull();
    return NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(UsersProperties.class)
  static class Users {}
}
