package io.civicline.kit.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A console page a manager may read too (with GET), because it shows no personal data: the list
 * they drill down into from the figures. A console keeps managers from every page without it
 * ({@link ManagerPages}), so a new page is closed to them until someone opens it on purpose.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OpenToManagers {}
