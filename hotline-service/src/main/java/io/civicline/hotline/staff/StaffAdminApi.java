package io.civicline.hotline.staff;

import io.civicline.kit.problem.EntityVersions;
import io.civicline.kit.staff.NewStaffAccount;
import io.civicline.kit.staff.PasswordReset;
import io.civicline.kit.staff.StaffAccount;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city's staff accounts over REST, for admins ({@link StaffAccessRules}): create, read, edit,
 * disable and enable, reset a password. Each answer carries the account's version as its ETag; an
 * edit names the version it was made on and a stale one is a 409 with the current account.
 */
@RestController
@RequestMapping("/api/staff")
class StaffAdminApi {

  private final StaffDirectoryAccess directory;

  StaffAdminApi(StaffDirectoryAccess directory) {
    this.directory = directory;
  }

  @GetMapping
  List<StaffAccount> list() {
    return directory.accounts().all();
  }

  @PostMapping
  ResponseEntity<StaffAccount> create(
      @Valid @RequestBody NewStaffAccount request, Authentication admin) {
    StaffAccount account = directory.accounts().create(request, admin.getName());
    return ResponseEntity.created(URI.create("/api/staff/" + account.userName()))
        .eTag(EntityVersions.etag(account.version()))
        .body(account);
  }

  @GetMapping("/{userName}")
  ResponseEntity<StaffAccount> get(@PathVariable String userName) {
    return answer(directory.accounts().get(userName));
  }

  @PutMapping("/{userName}")
  ResponseEntity<StaffAccount> edit(
      @PathVariable String userName,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody StaffEdit edit,
      Authentication admin) {
    Long version = EntityVersions.expected(ifMatch, edit.version(), "the account's");
    return answer(directory.accounts().edit(userName, edit.details(), version, admin.getName()));
  }

  @PostMapping("/{userName}/password")
  ResponseEntity<StaffAccount> resetPassword(
      @PathVariable String userName,
      @Valid @RequestBody PasswordReset reset,
      Authentication admin) {
    return answer(directory.accounts().resetPassword(userName, reset, admin.getName()));
  }

  @PostMapping("/{userName}/disable")
  ResponseEntity<StaffAccount> disable(@PathVariable String userName, Authentication admin) {
    return answer(directory.accounts().setEnabled(userName, false, admin.getName()));
  }

  @PostMapping("/{userName}/enable")
  ResponseEntity<StaffAccount> enable(@PathVariable String userName, Authentication admin) {
    return answer(directory.accounts().setEnabled(userName, true, admin.getName()));
  }

  private static ResponseEntity<StaffAccount> answer(StaffAccount account) {
    return ResponseEntity.ok().eTag(EntityVersions.etag(account.version())).body(account);
  }
}
