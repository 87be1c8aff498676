package io.civicline.kit.problem;

import org.springframework.security.core.Authentication;

/**
 * How a service shows one of its records to a user, as in its API: what {@link RecordConflicts}
 * puts in a 409's {@code current}. A service without one shows no record.
 */
@FunctionalInterface
public interface RecordView {

  Object of(Object record, Authentication user);
}
