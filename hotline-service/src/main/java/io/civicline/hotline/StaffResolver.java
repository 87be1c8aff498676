package io.civicline.hotline;

import io.civicline.hotline.domain.Staff;
import io.civicline.kit.security.StaffProfile;
import io.civicline.kit.security.StaffProfiles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the signed-in user is for the ticket rules: roles and department, from their profile. An
 * account whose role needs a scope it lacks (department staff without a department) is refused
 * here, on every ticket endpoint and console page, before any rule could read the gap as "all".
 */
@Component
public class StaffResolver {

  private final StaffProfiles profiles;

  StaffResolver(StaffProfiles profiles) {
    this.profiles = profiles;
  }

  public Staff of(Authentication user) {
    StaffProfile profile = profiles.of(user).requireScope();
    return new Staff(profile.userName(), profile.roles(), profile.department());
  }
}
