package io.civicline.kit.mongo;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A named lease in MongoDB that one instance of a service holds at a time, so that a scheduled job
 * runs once per cluster even with several instances. The holder renews it each run; if the holder
 * dies, another instance takes it over once it expires. One atomic single-document write decides.
 */
public class ClusterLease {

  static final String COLLECTION = "leases";

  private final MongoTemplate mongo;
  private final Clock clock;
  private final String holder;

  public ClusterLease(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
    this.holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  }

  /** Takes or renews the lease for {@code duration}; false if another instance holds it. */
  public boolean tryAcquire(String name, Duration duration) {
    Instant now = clock.instant();
    Query freeOrMine =
        Query.query(
            Criteria.where("_id")
                .is(name)
                .orOperator(
                    Criteria.where("holder").is(holder), Criteria.where("expiresAt").lt(now)));
    Update take = new Update().set("holder", holder).set("expiresAt", now.plus(duration));
    Document lease =
        mongo.findAndModify(
            freeOrMine,
            take,
            FindAndModifyOptions.options().returnNew(true),
            Document.class,
            COLLECTION);
    if (lease != null) {
      return true;
    }
    if (mongo.exists(Query.query(Criteria.where("_id").is(name)), COLLECTION)) {
      return false;
    }
    try {
      mongo.insert(
          new Document("_id", name)
              .append("holder", holder)
              .append("expiresAt", now.plus(duration)),
          COLLECTION);
      return true;
    } catch (DuplicateKeyException e) {
      // Another instance created the lease a moment ago.
      return false;
    }
  }

  /** Who this instance is, as written into the leases it holds. */
  public String holder() {
    return holder;
  }
}
