package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoUsersTests {

  @Test
  void everyDepartmentHasItsStaffUserAndNoDepartmentUserLacksItsDepartment(@TempDir Path data)
      throws Exception {
    Map<String, Map<String, String>> written = read(DemoUsers.writeIfAbsent(data));

    assertThat(written).doesNotContainKey("department");
    assertThat(written.get("heating")).containsEntry("department", "HEATING_CO");
    assertThat(written.get("water")).containsEntry("department", "WATER_CO");
    for (ReferenceData.Code department : ReferenceData.defaults().departments()) {
      assertThat(written.get(DemoUsers.departmentUser(department.code())))
          .as(department.code())
          .containsEntry("roles", "[DEPARTMENT]")
          .containsEntry("department", department.code());
    }
    // The services refuse to start with a DEPARTMENT user that has no department.
    assertThat(written.values())
        .filteredOn(user -> user.get("roles").equals("[DEPARTMENT]"))
        .allSatisfy(user -> assertThat(user.get("department")).isNotBlank());
  }

  /** user → property → value, from the file's {@code civicline.security.users.<user>.<p>: v}. */
  private static Map<String, Map<String, String>> read(Path file) throws Exception {
    Map<String, Map<String, String>> users = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("civicline.security.users.")) {
        String[] keyValue = line.substring("civicline.security.users.".length()).split(": ", 2);
        int dot = keyValue[0].lastIndexOf('.');
        users
            .computeIfAbsent(keyValue[0].substring(0, dot), u -> new HashMap<>())
            .put(keyValue[0].substring(dot + 1), keyValue[1]);
      }
    }
    return users;
  }
}
