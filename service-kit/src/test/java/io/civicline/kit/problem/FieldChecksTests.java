package io.civicline.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldChecksTests {

  @Test
  void oneRefusalNamesEveryBadFieldInTheOrderChecked() {
    InvalidRequestException refusal =
        catchThrowableOfType(
            InvalidRequestException.class,
            () ->
                new FieldChecks()
                    .known(Optional.empty(), "district", "district")
                    .known(Optional.of("HEATING"), "topic", "topic")
                    .require(false, "parties", "needs an applicant")
                    .failIfAny());

    assertThat(refusal.fields())
        .containsExactly(
            new FieldProblem("district", "unknown district code"),
            new FieldProblem("parties", "needs an applicant"));
  }

  @Test
  void checksThatAllHoldRefuseNothing() {
    assertThatCode(() -> new FieldChecks().known(Optional.of(1), "channel", "channel").failIfAny())
        .doesNotThrowAnyException();
  }
}
