package io.civicline.kit.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The recent failed sign-ins of one kind of key (user names, or client addresses): how many in a
 * row, and until when the key is locked. Bounded: when full, forgotten entries go first, then the
 * one whose last failure is oldest.
 */
final class FailedSignIns {

  private record Entry(int failures, Instant last, Instant lockedUntil) {}

  private final SignInLimits limits;

  /** In the order of each key's last failure: the eldest is the first to give way. */
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  FailedSignIns(SignInLimits limits) {
    this.limits = limits;
  }

  /** How long the key is still locked; zero when it may try. */
  synchronized Duration lockedFor(String key, Instant now) {
    Entry entry = entries.get(key);
    return entry == null || !now.isBefore(entry.lockedUntil())
        ? Duration.ZERO
        : Duration.between(now, entry.lockedUntil());
  }

  /** Counts a failure; returns the lock it starts (zero while the allowance lasts). */
  synchronized Duration failed(String key, Instant now) {
    Entry old = entries.remove(key);
    int failures = old == null || forgotten(old, now) ? 1 : old.failures() + 1;
    Duration lock = limits.lockAfter(failures);
    if (entries.size() >= limits.maxTracked()) {
      makeRoom(now);
    }
    entries.put(key, new Entry(failures, now, now.plus(lock)));
    return lock;
  }

  synchronized void forget(String key) {
    entries.remove(key);
  }

  synchronized int size() {
    return entries.size();
  }

  private void makeRoom(Instant now) {
    entries.values().removeIf(entry -> forgotten(entry, now));
    Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
    while (entries.size() >= limits.maxTracked() && eldest.hasNext()) {
      eldest.next();
      eldest.remove();
    }
  }

  private boolean forgotten(Entry entry, Instant now) {
    return !now.isBefore(entry.lockedUntil())
        && now.isAfter(entry.last().plus(limits.forgetAfter()));
  }
}
