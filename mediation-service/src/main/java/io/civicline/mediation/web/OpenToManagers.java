package io.civicline.mediation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A console page a manager may read too (with GET), because it shows no personal data: the case
 * list they drill down into from the figures. {@link ConsoleAdvice} keeps managers from every page
 * without it, so a new page is closed to them until someone opens it on purpose.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface OpenToManagers {}
