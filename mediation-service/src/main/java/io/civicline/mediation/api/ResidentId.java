package io.civicline.mediation.api;

import io.civicline.mediation.domain.ResidentIdNumber;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resident ID number of the PRC (18 characters, valid birth date and check character), or null.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ResidentId.Validator.class)
@interface ResidentId {

  String message() default
      "must be an 18-character resident ID number with a valid check character";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ResidentId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || ResidentIdNumber.isValid(value);
    }
  }
}
