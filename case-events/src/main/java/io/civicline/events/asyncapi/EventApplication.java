package io.civicline.events.asyncapi;

import java.util.Set;

/**
 * One service as the AsyncAPI document describes it: the topics it writes and those it reads.
 *
 * @param title the service's name, e.g. {@code hotline-service}
 */
public record EventApplication(
    String title, String description, Set<EventTopic> sends, Set<EventTopic> receives) {

  public EventApplication {
    sends = Set.copyOf(sends);
    receives = Set.copyOf(receives);
  }
}
