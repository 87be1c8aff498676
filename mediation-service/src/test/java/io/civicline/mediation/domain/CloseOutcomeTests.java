package io.civicline.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.civicline.mediation.domain.CloseOutcomeTable.Request;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CloseOutcomeTests {

  static Stream<Request> misfitting() {
    return CloseOutcomeTable.misfitting().stream();
  }

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void theFittingPartsMakeTheOutcomeWithThem(Outcome outcome) {
    CloseOutcome built = of(CloseOutcomeTable.fitting(outcome));

    assertThat(built.code()).isEqualTo(outcome);
    assertThat(built.agreement() != null).isEqualTo(outcome == Outcome.SUCCESS);
    assertThat(built.advice() != null).isEqualTo(outcome == Outcome.FAILED);
    assertThat(built.transferredTo() != null).isEqualTo(outcome == Outcome.TRANSFERRED);
  }

  @ParameterizedTest
  @MethodSource("misfitting")
  void aPartLeftOutThatTheOutcomeNeedsOrSentForAnotherIsNamed(Request request) {
    CloseOutcome.MisfitException refused =
        catchThrowableOfType(CloseOutcome.MisfitException.class, () -> of(request));

    assertThat(refused).as(request.toString()).isNotNull();
    assertThat(refused.misfits().stream().map(m -> m.part().field()).collect(Collectors.toSet()))
        .isEqualTo(request.misfits());
  }

  private static CloseOutcome of(Request request) {
    String agreementType = request.parts().get("agreementType");
    String amount = request.parts().get("amount");
    String advice = request.parts().get("advice");
    return CloseOutcome.of(
        request.outcome(),
        agreementType == null ? null : AgreementType.valueOf(agreementType),
        amount == null ? null : new BigDecimal(amount),
        advice == null ? null : Advice.valueOf(advice),
        request.parts().get("transferredTo"));
  }
}
