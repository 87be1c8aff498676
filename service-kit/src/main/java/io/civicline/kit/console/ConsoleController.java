package io.civicline.kit.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of a service's console pages. Its errors become pages ({@link ConsoleProblems}) and
 * its pages get the language links. The console's templates provide {@code console/fragments.html}
 * with the fragments {@code head(title)} and {@code header}, which the shared problem page uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface ConsoleController {

  @AliasFor(annotation = Controller.class)
  String value() default "";
}
