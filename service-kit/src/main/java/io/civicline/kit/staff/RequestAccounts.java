package io.civicline.kit.staff;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The staff accounts read during one HTTP request. Sign-in, the stored-account check and the
 * caller's scope each ask for the caller's account: one read of the directory serves the three. The
 * next request reads again, so a disabled account is still refused at once. Outside a request every
 * call reads.
 */
final class RequestAccounts {

  private static final String PREFIX = RequestAccounts.class.getName() + ".";

  private RequestAccounts() {}

  static Optional<StaffAccount> find(
      String userName, Function<String, Optional<StaffAccount>> read) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return read.apply(userName);
    }
    @SuppressWarnings("unchecked")
    Optional<StaffAccount> known =
        (Optional<StaffAccount>)
            request.getAttribute(PREFIX + userName, RequestAttributes.SCOPE_REQUEST);
    if (known == null) {
      known = read.apply(userName);
      request.setAttribute(PREFIX + userName, known, RequestAttributes.SCOPE_REQUEST);
    }
    return known;
  }

  /** After a write of the account, this request reads it anew. */
  static void forget(String userName) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(PREFIX + userName, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
