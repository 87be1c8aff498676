package io.civicline.kit.outbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the events a relay published lately, the oldest forgotten first beyond {@code size}:
 * an outbox handed over after a write still holds the events of earlier writes until their removal,
 * and those already sent are not sent again. Used by the relay's thread only.
 */
final class RecentEvents extends LinkedHashMap<String, Boolean> {

  private final int size;

  RecentEvents(int size) {
    this.size = size;
  }

  boolean published(String eventId) {
    return containsKey(eventId);
  }

  void add(String eventId) {
    put(eventId, Boolean.TRUE);
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
    return size() > size;
  }
}
