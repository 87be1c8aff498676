package io.civicline.hotline.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A callback says whether the problem is solved only when it reached the citizen. A class-level
 * rule, so that the 400 names the field the client sent wrong, {@code solved}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SolvedOnlyWhenReached.Check.class)
@interface SolvedOnlyWhenReached {

  String message() default "an unreachable citizen cannot say whether it is solved";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<SolvedOnlyWhenReached, TicketActionRequests.Callback> {

    @Override
    public boolean isValid(
        TicketActionRequests.Callback callback, ConstraintValidatorContext context) {
      if (callback == null
          || callback.solved() == null
          || callback.rating() == null
          || callback.rating().reachedCitizen()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("solved")
          .addConstraintViolation();
      return false;
    }
  }
}
