package io.civicline.hotline.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Human-readable ticket numbers, {@code 12345-YYYYMMDD-NNNNNN}, counted per day of the city's
 * calendar with an atomic increment, so two instances never hand out the same number.
 */
@Component
public class TicketNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String COLLECTION = "ticket_numbers";

  private final MongoTemplate mongo;

  TicketNumbers(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public String next(LocalDate day) {
    String key = day.format(DAY);
    Document counter =
        mongo.findAndModify(
            Query.query(Criteria.where("_id").is(key)),
            new Update().inc("seq", 1),
            FindAndModifyOptions.options().upsert(true).returnNew(true),
            Document.class,
            COLLECTION);
    long seq = ((Number) counter.get("seq")).longValue();
    return "12345-%s-%06d".formatted(key, seq);
  }
}
