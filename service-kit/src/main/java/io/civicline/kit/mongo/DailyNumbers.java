package io.civicline.kit.mongo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Human-readable case numbers, {@code <prefix>-YYYYMMDD-NNNNNN}, counted per day of the city's
 * calendar in one counter document per day of {@code collection}. Each instance reserves a block of
 * numbers with one atomic increment, so two instances never hand out the same number and a busy
 * hour does not cost a database write per case. The price: numbers of a block an instance did not
 * use before it stopped are skipped, and two instances' numbers interleave.
 */
public class DailyNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final MongoTemplate mongo;
  private final String collection;
  private final String prefix;
  private final int blockSize;
  private LocalDate blockDay;
  private long next;
  private long last;

  public DailyNumbers(MongoTemplate mongo, String collection, String prefix, int blockSize) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("the number block must be at least 1: " + blockSize);
    }
    this.mongo = mongo;
    this.collection = collection;
    this.prefix = prefix;
    this.blockSize = blockSize;
  }

  public synchronized String next(LocalDate day) {
    if (!day.equals(blockDay) || next > last) {
      reserveBlock(day);
    }
    return "%s-%s-%06d".formatted(prefix, day.format(DAY), next++);
  }

  private void reserveBlock(LocalDate day) {
    Document counter =
        mongo.findAndModify(
            Query.query(Criteria.where("_id").is(day.format(DAY))),
            new Update().inc("seq", blockSize),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            collection);
    last = ((Number) counter.get("seq")).longValue();
    next = last - blockSize + 1;
    blockDay = day;
  }
}
