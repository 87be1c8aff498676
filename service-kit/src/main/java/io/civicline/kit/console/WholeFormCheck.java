package io.civicline.kit.console;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Checks a whole console form even when one of its fields failed to bind (a value no list offers, a
 * number that is none): Spring then skips bean validation, and a form shown again would hide the
 * other fields' errors until that one was fixed. A field that failed to bind keeps that error as
 * its only one.
 */
public class WholeFormCheck {

  private final Validator validator;

  WholeFormCheck(Validator validator) {
    this.validator = validator;
  }

  /**
   * Adds the rules' errors for {@code form} to {@code errors} if a field failed to bind; else they
   * are there. The form is the handler's argument: binding results of a failed construction hold
   * none.
   */
  public void complete(Object form, BindingResult errors) {
    if (form == null || errors.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
      return;
    }
    BindingResult checked = new BeanPropertyBindingResult(form, errors.getObjectName());
    validator.validate(form, checked);
    checked.getGlobalErrors().forEach(errors::addError);
    for (FieldError error : checked.getFieldErrors()) {
      if (!errors.hasFieldErrors(error.getField())) {
        errors.addError(error);
      }
    }
  }
}
