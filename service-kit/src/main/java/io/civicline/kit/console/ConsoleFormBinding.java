package io.civicline.kit.console;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binds every console form (the action forms, model attribute {@code form}, and the intake forms,
 * {@code intake}) as the user picked it: see {@link ConsoleForms#bindAsPicked}.
 */
@ControllerAdvice(annotations = ConsoleController.class)
public class ConsoleFormBinding {

  private final CityLabels labels;

  ConsoleFormBinding(CityLabels labels) {
    this.labels = labels;
  }

  @InitBinder({"form", "intake"})
  void bindAsPicked(WebDataBinder binder) {
    ConsoleForms.bindAsPicked(binder, labels);
  }
}
