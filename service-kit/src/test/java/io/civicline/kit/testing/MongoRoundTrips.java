package io.civicline.kit.testing;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

/**
 * Records the MongoDB commands one thread sends while a piece of work runs (a request through
 * MockMvc runs on the test's thread), as {@code command collection}: what one action costs in round
 * trips; and, apart, those the outbox relay's thread sent since. Register {@link #customizer()} as
 * a bean of the test's context.
 */
public final class MongoRoundTrips implements CommandListener {

  /** Work that may throw, as a MockMvc request does. */
  public interface Work {
    void run() throws Exception;
  }

  private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
  private final List<String> relayed = Collections.synchronizedList(new ArrayList<>());
  private volatile Thread watched;

  public MongoClientSettingsBuilderCustomizer customizer() {
    return settings -> settings.addCommandListener(this);
  }

  /** The commands this thread sent while {@code work} ran, in their order. */
  public List<String> of(Work work) throws Exception {
    commands.clear();
    relayed.clear();
    watched = Thread.currentThread();
    try {
      work.run();
    } finally {
      watched = null;
    }
    synchronized (commands) {
      return List.copyOf(commands);
    }
  }

  /** The commands the outbox relay sent since the last {@link #of} began. */
  public List<String> relayed() {
    synchronized (relayed) {
      return List.copyOf(relayed);
    }
  }

  @Override
  public void commandStarted(CommandStartedEvent event) {
    Thread thread = Thread.currentThread();
    if (thread == watched) {
      commands.add(named(event));
    } else if (thread.getName().equals("outbox-relay")) {
      relayed.add(named(event));
    }
  }

  private static String named(CommandStartedEvent event) {
    BsonValue target = event.getCommand().get(event.getCommandName());
    return event.getCommandName()
        + (target != null && target.isString() ? " " + target.asString().getValue() : "");
  }
}
