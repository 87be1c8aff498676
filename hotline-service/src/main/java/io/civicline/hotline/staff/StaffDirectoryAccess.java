package io.civicline.hotline.staff;

import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.staff.StaffAccounts;
import io.civicline.kit.staff.StaffConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The stored accounts, or a 409 that says the service runs with configured users only. */
@Component
class StaffDirectoryAccess {

  private final ObjectProvider<StaffAccounts> accounts;

  StaffDirectoryAccess(ObjectProvider<StaffAccounts> accounts) {
    this.accounts = accounts;
  }

  StaffAccounts accounts() {
    StaffAccounts stored = accounts.getIfAvailable();
    if (stored == null) {
      throw new ConflictException(
          "No staff directory is configured ("
              + StaffConfiguration.MONGODB_URI
              + "): only configured users exist.",
          null);
    }
    return stored;
  }
}
