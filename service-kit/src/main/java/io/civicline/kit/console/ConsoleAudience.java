package io.civicline.kit.console;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.core.Authentication;

/**
 * Who may use a service's console, declared as a bean by each service that has one: the roles that
 * work its records (admins among them, to read), and managers on the pages open to them ({@link
 * ManagerPages}), to read lists only. {@link ConsoleEntry} admits by it.
 *
 * @param workingRoles the roles that may use every console page
 * @param viewer the signed-in user as the service knows them, the pages' {@code viewer}
 * @param roles the viewer's roles
 * @param refusal the 403's message for anyone else
 */
public record ConsoleAudience<V>(
    Set<String> workingRoles,
    Function<Authentication, V> viewer,
    Function<V, Collection<String>> roles,
    String refusal) {}
