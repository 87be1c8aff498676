package io.civicline.kit.aggregate;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import io.civicline.kit.outbox.OutboxEvent;
import io.civicline.kit.outbox.OutboxRelay;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.convert.UpdateMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Saves an aggregate, one document per record, together with the events its change caused, in one
 * single-document write; the events go into the document's outbox and the relay is handed the
 * outbox as written. An update applies only to the version it was decided on (optimistic locking),
 * so of two concurrent changes one wins and the other is told.
 *
 * @param <D> the stored document
 */
public class VersionedStore<D extends OutboxedDocument> {

  // The write answers with the outbox it left, and nothing else of the document.
  private static final FindOneAndUpdateOptions WRITTEN =
      new FindOneAndUpdateOptions()
          .projection(new Document(OutboxEvent.FIELD, 1))
          .returnDocument(ReturnDocument.AFTER);

  private final MongoTemplate mongo;
  private final OutboxRelay relay;
  private final Class<D> type;
  private final String collection;
  private final String versionPath;
  private final MongoPersistentEntity<?> entity;
  private final QueryMapper queries;
  private final UpdateMapper updates;

  /** {@code versionPath}: where the document keeps the aggregate's version. */
  public VersionedStore(MongoTemplate mongo, OutboxRelay relay, Class<D> type, String versionPath) {
    this.mongo = mongo;
    this.relay = relay;
    this.type = type;
    this.collection = mongo.getCollectionName(type);
    this.versionPath = versionPath;
    this.entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(type);
    this.queries = new QueryMapper(mongo.getConverter());
    this.updates = new UpdateMapper(mongo.getConverter());
  }

  /**
   * Inserts a new record whose document carries its first events; a taken unique key fails with a
   * {@link org.springframework.dao.DuplicateKeyException} and stores nothing.
   */
  public void insert(Object id, D document) {
    written(() -> mongo.insert(document, collection));
    relay.publishWritten(collection, id, document.outbox());
  }

  /**
   * Applies {@code changes} and appends {@code events} to the outbox, if the stored record still
   * has {@code expectedVersion}; returns false, changing nothing, if another change came first. The
   * write answers with the outbox it leaves, so the relay publishes without reading it back.
   */
  public boolean update(Object id, long expectedVersion, Update changes, List<OutboxEvent> events) {
    changes.push(OutboxEvent.FIELD).each(events.toArray());
    Document filter =
        queries.getMappedObject(atVersion(id, expectedVersion).getQueryObject(), entity);
    Document update = updates.getMappedObject(changes.getUpdateObject(), entity);
    Document written =
        written(
            () ->
                mongo.execute(
                    collection, documents -> documents.findOneAndUpdate(filter, update, WRITTEN)));
    if (written == null) {
      return false;
    }
    relay.publishWritten(collection, id, outboxOf(written));
    return true;
  }

  /**
   * Runs a write. When it fails other than by a taken key, its outcome is unknown: the database may
   * have stored the change with its events and then lost the answer (a server killed mid-command).
   * Nobody hands those events to the relay, so it is asked to sweep soon rather than leave them to
   * its rare periodic sweep.
   */
  private <T> T written(Supplier<T> write) {
    try {
      return write.get();
    } catch (DuplicateKeyException refused) {
      throw refused;
    } catch (RuntimeException unknownOutcome) {
      relay.sweepSoon();
      throw unknownOutcome;
    }
  }

  public Optional<D> find(Object id) {
    return Optional.ofNullable(mongo.findById(id, type, collection));
  }

  /**
   * Up to {@code limit} of the records {@code open} selects whose time at {@code timePath} lies
   * before {@code now}, earliest first: a range and a sort that an ordinary index on ({@code
   * open}'s equality fields, {@code timePath}) serves.
   */
  public List<D> due(Criteria open, String timePath, Instant now, int limit) {
    Query due = new Query(open).addCriteria(Criteria.where(timePath).lt(now));
    return mongo.find(due.with(Sort.by(timePath)).limit(limit), type, collection);
  }

  /** The record as long as it still has {@code version}: the optimistic lock of every write. */
  public Query atVersion(Object id, long version) {
    return Query.query(Criteria.where("_id").is(id).and(versionPath).is(version));
  }

  private List<OutboxEvent> outboxOf(Document written) {
    return written.getList(OutboxEvent.FIELD, Document.class, List.of()).stream()
        .map(event -> mongo.getConverter().read(OutboxEvent.class, event))
        .toList();
  }
}
