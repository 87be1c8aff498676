package io.civicline.hotline.store;

import io.civicline.kit.mongo.DailyNumbers;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Human-readable ticket numbers, {@code 12345-YYYYMMDD-NNNNNN}, counted per day of the city's
 * calendar, reserved in blocks of {@code civicline.hotline.number-block} (default 20) as {@link
 * DailyNumbers} explains.
 */
@Component
public class TicketNumbers {

  private final DailyNumbers numbers;

  TicketNumbers(MongoTemplate mongo, @Value("${civicline.hotline.number-block:20}") int blockSize) {
    this.numbers = new DailyNumbers(mongo, "ticket_numbers", "12345", blockSize);
  }

  public String next(LocalDate day) {
    return numbers.next(day);
  }
}
