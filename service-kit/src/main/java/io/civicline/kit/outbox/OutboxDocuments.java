package io.civicline.kit.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay's side of the documents that keep an outbox: finding those with events left behind, and
 * removing events once published.
 */
class OutboxDocuments {

  /** An event kept in the outbox of document {@code documentId}. */
  record Pending(Object documentId, OutboxEvent event) {}

  /** The events of {@code documents} documents read in one go. */
  record LeftBehind(int documents, List<Pending> events) {}

  // On the field the sparse index covers, so that only documents with events are read.
  private static final String PENDING = OutboxEvent.FIELD + ".eventId";

  private final MongoTemplate mongo;

  OutboxDocuments(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  void ensureIndex(String collection) {
    mongo.indexOps(collection).createIndex(new Index(PENDING, Sort.Direction.ASC).sparse());
  }

  /** The events of up to {@code limit} documents that have any, oldest documents first. */
  LeftBehind leftBehind(String collection, int limit) {
    Query pending = new Query(Criteria.where(PENDING).exists(true)).limit(limit);
    pending.fields().include(OutboxEvent.FIELD);
    List<Document> documents = mongo.find(pending.with(Sort.by("_id")), Document.class, collection);
    List<Pending> events = new ArrayList<>();
    for (Document document : documents) {
      for (Document entry : document.getList(OutboxEvent.FIELD, Document.class, List.of())) {
        events.add(
            new Pending(document.get("_id"), mongo.getConverter().read(OutboxEvent.class, entry)));
      }
    }
    return new LeftBehind(documents.size(), events);
  }

  /**
   * One write for the whole batch: event ids are unique, so pulling all of them from each of the
   * documents removes exactly what was published. Under load a batch holds many documents, and a
   * write per document would cost as much as the changes themselves.
   */
  void remove(String collection, Collection<Object> documentIds, Collection<String> eventIds) {
    Update update =
        new Update().pull(OutboxEvent.FIELD, Query.query(Criteria.where("eventId").in(eventIds)));
    mongo.updateMulti(Query.query(Criteria.where("_id").in(documentIds)), update, collection);
  }
}
