package io.civicline.kit.aggregate;

import io.civicline.kit.problem.RecordConflictException;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How a desk takes one action on a versioned record: the user must have seen the current version,
 * the state machine must allow the action, and the write must land on the version the action was
 * decided on. Each failure is a 409 ({@link RecordConflictException}) carrying the record as it is
 * now. Who may take the action is the desk's to check first.
 *
 * @param <R> the record
 * @param <C> a change of it: the changed record with the events it caused
 */
public final class VersionedActions<R, C> {

  private final String noun;
  private final Function<R, String> id;
  private final ToLongFunction<R> version;
  private final Function<String, R> find;
  private final BiPredicate<C, Long> update;

  /**
   * @param noun what a record is to the user ("ticket", "case")
   * @param find the record of an id as it is now
   * @param update writes a change if the stored record still has the version given, else false
   */
  public VersionedActions(
      String noun,
      Function<R, String> id,
      ToLongFunction<R> version,
      Function<String, R> find,
      BiPredicate<C, Long> update) {
    this.noun = noun;
    this.id = id;
    this.version = version;
    this.find = find;
    this.update = update;
  }

  /**
   * The change {@code transition} makes to {@code current}, written; {@code expectedVersion} is the
   * version the user saw (null: any), {@code action} what they tried, in words ("dispatch").
   */
  public C take(R current, Long expectedVersion, String action, Function<R, C> transition) {
    long seen = version.applyAsLong(current);
    if (expectedVersion != null && expectedVersion != seen) {
      throw RecordConflictException.stale(noun, current, seen, expectedVersion);
    }
    C change;
    try {
      change = transition.apply(current);
    } catch (TransitionRefusedException e) {
      throw RecordConflictException.refused(noun, action, e, seen);
    }
    if (!update.test(change, seen)) {
      R now = find.apply(id.apply(current));
      throw RecordConflictException.stale(noun, now, version.applyAsLong(now), seen);
    }
    return change;
  }
}
