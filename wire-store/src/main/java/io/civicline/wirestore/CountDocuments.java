package io.civicline.wirestore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Set;

/**
 * The driver's {@code countDocuments}, answered by {@link MongoCollection#count}: it sends an
 * aggregation ({@code $match}, then {@code $skip} and {@code $limit} if given, then a {@code
 * $group} summing 1), which the plain server runs by collecting every matching document.
 */
final class CountDocuments {

  private static final Document SUM_ONE = new Document("$sum", 1);

  private CountDocuments() {}

  /** The answer to {@code command}, or null when it is not a count. */
  static Document answer(MongoDatabase database, String command, Document query) {
    if (!command.equalsIgnoreCase("aggregate")
        || !(query.get(command) instanceof String collectionName)
        || !(query.get("pipeline") instanceof List<?> pipeline)
        || pipeline.size() < 2
        || !(pipeline.get(0) instanceof Document match)
        || !(match.get("$match") instanceof Document filter)
        || !isGroupSummingOne(pipeline.get(pipeline.size() - 1))) {
      return null;
    }
    int skip = 0;
    int limit = 0;
    for (Object stage : pipeline.subList(1, pipeline.size() - 1)) {
      if (stage instanceof Document step && step.get("$skip") instanceof Number n) {
        skip = n.intValue();
      } else if (stage instanceof Document step && step.get("$limit") instanceof Number n) {
        limit = n.intValue();
      } else {
        return null;
      }
    }
    MongoCollection<?> collection = database.resolveCollection(collectionName, false);
    int count = collection == null ? 0 : collection.count(filter, skip, limit);
    List<Document> batch =
        count == 0 ? List.of() : List.of(new Document("_id", 1).append("n", count));
    Document cursor =
        new Document("id", 0L)
            .append("ns", database.getDatabaseName() + "." + collectionName)
            .append("firstBatch", batch);
    return new Document("cursor", cursor).append("ok", 1.0);
  }

  private static boolean isGroupSummingOne(Object stage) {
    return stage instanceof Document step
        && step.keySet().equals(Set.of("$group"))
        && step.get("$group") instanceof Document group
        && group.keySet().equals(Set.of("_id", "n"))
        && SUM_ONE.equals(group.get("n"));
  }
}
