package io.civicline.hotline.calendar;

import io.civicline.hotline.domain.CalendarYear;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The years an admin loaded: collection {@code calendar_years}, one document per year keyed by the
 * year ({@code _id: 2027}), the days as ISO dates, with who loaded them and when.
 */
class CalendarYearStore {

  static final String COLLECTION = "calendar_years";

  private final MongoTemplate mongo;

  CalendarYearStore(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  List<CalendarYear> all() {
    Query byYear = new Query().with(Sort.by("_id"));
    return mongo.find(byYear, Document.class, COLLECTION).stream()
        .map(CalendarYearStore::year)
        .toList();
  }

  /** Stores {@code year} in place of any earlier upload of the same year. */
  void save(CalendarYear year, String by, Instant at) {
    Document document =
        new Document("_id", year.year())
            .append("holidays", text(year.holidays()))
            .append("workdays", text(year.workdays()))
            .append("updatedBy", by)
            .append("updatedAt", Date.from(at));
    mongo.save(document, COLLECTION);
  }

  private static List<String> text(Collection<LocalDate> days) {
    return days.stream().sorted().map(LocalDate::toString).toList();
  }

  private static CalendarYear year(Document document) {
    return new CalendarYear(
        document.getInteger("_id"),
        days(document.getList("holidays", String.class)),
        days(document.getList("workdays", String.class)));
  }

  private static Set<LocalDate> days(List<String> text) {
    return text.stream().map(LocalDate::parse).collect(Collectors.toSet());
  }
}
