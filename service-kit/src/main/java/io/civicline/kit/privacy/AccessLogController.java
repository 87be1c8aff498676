package io.civicline.kit.privacy;

import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal-data access log for admins (PIPL articles 51–55): who was shown or searched which
 * record, when and through which route, newest first, filtered by user, record and time ({@code
 * from} inclusive, {@code to} exclusive, ISO-8601 instants), paged without a total count.
 */
@RestController
class AccessLogController {

  static final String PATH = "/api/personal-data-access";
  private static final int MAX_SIZE = 200;
  private static final int MAX_PAGE = 10_000;

  private final MongoTemplate mongo;

  /** Made on the first query, not at start-up, which must not wait for the database. */
  private volatile boolean indexed;

  AccessLogController(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** One page of the log, {@code hasNext} instead of a total. */
  record Page(List<PersonalDataAccess> items, int page, int size, boolean hasNext) {}

  @GetMapping(PATH)
  Page query(
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String record,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    List<FieldProblem> problems = new ArrayList<>();
    Instant first = instant("from", from, problems);
    Instant before = instant("to", to, problems);
    int number = number("page", page, 0, MAX_PAGE, 0, problems);
    int length = number("size", size, 1, MAX_SIZE, 50, problems);
    if (first != null && before != null && !first.isBefore(before)) {
      problems.add(new FieldProblem("from", "must be before to"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    List<Criteria> filters = new ArrayList<>();
    if (blank(user) != null) {
      filters.add(Criteria.where("user").is(user.strip()));
    }
    if (blank(record) != null) {
      filters.add(Criteria.where("records").is(record.strip()));
    }
    if (first != null) {
      filters.add(Criteria.where("at").gte(first));
    }
    if (before != null) {
      filters.add(Criteria.where("at").lt(before));
    }
    Criteria criteria = filters.isEmpty() ? new Criteria() : new Criteria().andOperator(filters);
    ensureIndexes();
    List<PersonalDataAccess> found =
        mongo.find(
            new Query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "at"))
                .skip((long) number * length)
                .limit(length + 1),
            PersonalDataAccess.class,
            PersonalDataLog.COLLECTION);
    return new Page(found.stream().limit(length).toList(), number, length, found.size() > length);
  }

  private void ensureIndexes() {
    if (indexed) {
      return;
    }
    IndexOperations indexes = mongo.indexOps(PersonalDataLog.COLLECTION);
    indexes.createIndex(new Index().on("at", Sort.Direction.DESC));
    indexes.createIndex(new Index().on("user", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    indexes.createIndex(
        new Index().on("records", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    indexed = true;
  }

  private static Instant instant(String field, String value, List<FieldProblem> problems) {
    if (blank(value) == null) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be an instant, e.g. 2026-03-01T00:00:00Z"));
      return null;
    }
  }

  private static int number(
      String field, String value, int min, int max, int absent, List<FieldProblem> problems) {
    if (blank(value) == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    problems.add(new FieldProblem(field, "must be between " + min + " and " + max));
    return absent;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
