package io.civicline.kit.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The caller's account is read once a request, anew in the next and after a write. */
class RequestAccountsTests {

  private final AtomicInteger reads = new AtomicInteger();
  private final Function<String, Optional<StaffAccount>> directory =
      name -> {
        reads.incrementAndGet();
        return Optional.of(
            StaffAccount.created(
                name,
                StaffRulesTests.details("AGENT", null, null, null, null),
                "{bcrypt}h",
                "admin",
                StaffAccountTests.T0));
      };

  @AfterEach
  void leaveTheRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void oneRequestReadsTheAccountOnceAndTheNextReadsItAgain() {
    enterARequest();
    RequestAccounts.find("zhang", directory);
    RequestAccounts.find("zhang", directory);
    RequestAccounts.find("li", directory);
    assertThat(reads).hasValue(2);

    enterARequest();
    RequestAccounts.find("zhang", directory);
    assertThat(reads).hasValue(3);
  }

  @Test
  void aWriteMakesTheSameRequestReadTheAccountAnew() {
    enterARequest();
    RequestAccounts.find("zhang", directory);
    RequestAccounts.forget("zhang");
    RequestAccounts.find("zhang", directory);
    assertThat(reads).hasValue(2);
  }

  @Test
  void outsideARequestEveryCallReads() {
    RequestAccounts.find("zhang", directory);
    RequestAccounts.find("zhang", directory);
    assertThat(reads).hasValue(2);
  }

  private static void enterARequest() {
    RequestContextHolder.setRequestAttributes(
        new ServletRequestAttributes(new MockHttpServletRequest()));
  }
}
