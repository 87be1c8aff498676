package io.civicline.mediation.api;

import io.civicline.mediation.api.CaseActionRequests.Close;
import io.civicline.mediation.domain.CloseOutcome;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A close request whose fields fit its outcome, as {@link CloseOutcome#misfits} rules: each field
 * that does not is a bad field of its own name, in the API's problem and on the console's form.
 */
@Documented
@Constraint(validatedBy = FitsItsOutcome.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FitsItsOutcome {

  String message() default "does not fit the outcome";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Names each misfit field; an absent outcome is {@code @NotNull}'s to report. */
  class Check implements ConstraintValidator<FitsItsOutcome, Close> {

    @Override
    public boolean isValid(Close close, ConstraintValidatorContext context) {
      if (close == null || close.outcome() == null) {
        return true;
      }
      List<CloseOutcome.Misfit> misfits =
          CloseOutcome.misfits(
              close.outcome(),
              close.agreementType(),
              close.amount(),
              close.advice(),
              close.transferredTo());
      context.disableDefaultConstraintViolation();
      misfits.forEach(
          misfit ->
              context
                  .buildConstraintViolationWithTemplate(misfit.problem())
                  .addPropertyNode(misfit.part().field())
                  .addConstraintViolation());
      return misfits.isEmpty();
    }
  }
}
