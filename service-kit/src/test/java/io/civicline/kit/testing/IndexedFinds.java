package io.civicline.kit.testing;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the sorted {@code find} commands a client sends, to check that an index serves each one's
 * order as MongoDB reads it: the index's leading fields exactly those the filter fixes by
 * equalities, then exactly the sort's fields, all in the index's directions or all reversed, the
 * last the id. Such a find reads no more than it returns, however deep its page. Add it to a
 * client's settings ({@code addCommandListener}); a service's test imports {@link Recorded}.
 */
public final class IndexedFinds implements CommandListener {

  private final List<BsonDocument> finds = new CopyOnWriteArrayList<>();

  /** Records the finds of a service's MongoDB client, in the bean it adds. */
  @TestConfiguration
  public static class Recorded {

    @Bean
    IndexedFinds indexedFinds() {
      return new IndexedFinds();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer recordFinds(IndexedFinds finds) {
      return settings -> settings.addCommandListener(finds);
    }
  }

  @Override
  public void commandStarted(CommandStartedEvent event) {
    BsonDocument command = event.getCommand();
    if (event.getCommandName().equals("find") && command.containsKey("sort")) {
      finds.add(command.clone());
    }
  }

  /** Forgets the finds recorded so far. */
  public void clear() {
    finds.clear();
  }

  /** The sorted finds of {@code collection} since the last {@link #clear}. */
  public List<BsonDocument> of(String collection) {
    return finds.stream()
        .filter(find -> find.getString("find").getValue().equals(collection))
        .toList();
  }

  /**
   * The name of the index of {@code indexes} (as {@code listIndexes} gives them) that serves the
   * order of {@code find}, if one does.
   */
  public static Optional<String> servingIndex(BsonDocument find, List<Document> indexes) {
    Set<String> fixed = new HashSet<>();
    collectEqualities(find.getDocument("filter", new BsonDocument()), fixed);
    List<Map.Entry<String, BsonValue>> sort = new ArrayList<>(find.getDocument("sort").entrySet());
    if (sort.isEmpty() || !sort.get(sort.size() - 1).getKey().equals("_id")) {
      return Optional.empty();
    }
    return indexes.stream()
        .filter(index -> serves(index.get("key", Document.class), fixed, sort))
        .map(index -> index.getString("name"))
        .findFirst();
  }

  private static boolean serves(
      Document key, Set<String> fixed, List<Map.Entry<String, BsonValue>> sort) {
    List<Map.Entry<String, Object>> fields = new ArrayList<>(key.entrySet());
    int prefix = 0;
    while (prefix < fields.size() && fixed.contains(fields.get(prefix).getKey())) {
      prefix++;
    }
    if (prefix != fixed.size() || fields.size() - prefix != sort.size()) {
      return false;
    }
    Integer sign = null;
    for (int i = 0; i < sort.size(); i++) {
      Map.Entry<String, Object> field = fields.get(prefix + i);
      if (!field.getKey().equals(sort.get(i).getKey())) {
        return false;
      }
      int direction =
          ((Number) field.getValue()).intValue() * sort.get(i).getValue().asNumber().intValue();
      if (sign != null && sign != direction) {
        return false;
      }
      sign = direction;
    }
    return true;
  }

  /**
   * The fields the filter fixes: plain values, {@code $eq} and {@code $in}, also under {@code
   * $and}.
   */
  private static void collectEqualities(BsonDocument filter, Set<String> fixed) {
    for (Map.Entry<String, BsonValue> entry : filter.entrySet()) {
      BsonValue value = entry.getValue();
      if (entry.getKey().equals("$and")) {
        value.asArray().forEach(part -> collectEqualities(part.asDocument(), fixed));
      } else if (entry.getKey().startsWith("$")) {
        continue;
      } else if (!value.isDocument()
          || value.asDocument().containsKey("$eq")
          || value.asDocument().containsKey("$in")) {
        fixed.add(entry.getKey());
      }
    }
  }
}
