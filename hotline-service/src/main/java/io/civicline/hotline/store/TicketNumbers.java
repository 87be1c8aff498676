package io.civicline.hotline.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Human-readable ticket numbers, {@code 12345-YYYYMMDD-NNNNNN}, counted per day of the city's
 * calendar. Each instance reserves a block of numbers with one atomic increment ({@code
 * civicline.hotline.number-block}, default 20), so two instances never hand out the same number and
 * a busy hour does not cost a database write per ticket. The price: numbers of a block an instance
 * did not use before it stopped are skipped, and two instances' numbers interleave.
 */
@Component
public class TicketNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String COLLECTION = "ticket_numbers";

  private final MongoTemplate mongo;
  private final int blockSize;
  private LocalDate blockDay;
  private long next;
  private long last;

  TicketNumbers(MongoTemplate mongo, @Value("${civicline.hotline.number-block:20}") int blockSize) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("civicline.hotline.number-block must be at least 1");
    }
    this.mongo = mongo;
    this.blockSize = blockSize;
  }

  public synchronized String next(LocalDate day) {
    if (!day.equals(blockDay) || next > last) {
      reserveBlock(day);
    }
    return "12345-%s-%06d".formatted(day.format(DAY), next++);
  }

  private void reserveBlock(LocalDate day) {
    Document counter =
        mongo.findAndModify(
            Query.query(Criteria.where("_id").is(day.format(DAY))),
            new Update().inc("seq", blockSize),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            COLLECTION);
    last = ((Number) counter.get("seq")).longValue();
    next = last - blockSize + 1;
    blockDay = day;
  }
}
