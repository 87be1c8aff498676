package io.civicline.hotline.store;

import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.kit.lists.ListOrder;
import io.civicline.kit.lists.ListPage;
import io.civicline.kit.lists.PageCursor;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/**
 * The at-risk list (预警): open tickets a department holds that are at risk or overdue, nearest
 * deadline first (then by id, the tie-break of a page's cursor), and how many of each every
 * department holds.
 */
@Repository
public class AtRiskList {

  private static final ListOrder<TicketDocument, Ticket> SOONEST_DUE =
      new ListOrder<>(
          TicketDocument.class,
          TicketDocument.DEADLINE,
          Sort.Direction.ASC,
          TicketDocument::ticket,
          ticket -> new PageCursor(ticket.dispatch().deadline(), ticket.id()));

  private final MongoTemplate mongo;

  AtRiskList(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  /** A department's at-risk and overdue tickets. */
  public record DepartmentCount(String department, long atRisk, long overdue) {}

  /**
   * One page of the list, with the counts of every department in it; {@code next} where the next
   * page starts, null on the last.
   */
  public record Page(List<DepartmentCount> departments, List<Ticket> tickets, PageCursor next) {

    public boolean hasNext() {
      return next != null;
    }
  }

  /** {@code department} null: every department's. */
  public Page of(String department, ListPage page) {
    Criteria flagged =
        flagged(department)
            .orOperator(
                Criteria.where(TicketDocument.AT_RISK).is(true),
                Criteria.where(TicketDocument.OVERDUE).is(true));
    ListPage.Found<Ticket> shown = SOONEST_DUE.read(mongo, page, List.of(flagged));
    return new Page(counts(department), shown.items(), shown.next());
  }

  private List<DepartmentCount> counts(String department) {
    Map<String, Long> atRisk = countByDepartment(department, TicketDocument.AT_RISK);
    Map<String, Long> overdue = countByDepartment(department, TicketDocument.OVERDUE);
    TreeMap<String, Boolean> departments = new TreeMap<>();
    atRisk.keySet().forEach(d -> departments.put(d, true));
    overdue.keySet().forEach(d -> departments.put(d, true));
    return departments.keySet().stream()
        .map(d -> new DepartmentCount(d, atRisk.getOrDefault(d, 0L), overdue.getOrDefault(d, 0L)))
        .toList();
  }

  private Map<String, Long> countByDepartment(String department, String flag) {
    Aggregation count =
        Aggregation.newAggregation(
            Aggregation.match(flagged(department).and(flag).is(true)),
            Aggregation.group(TicketDocument.DEPARTMENT).count().as("count"));
    Map<String, Long> counts = new TreeMap<>();
    for (Document group :
        mongo.aggregate(count, TicketDocument.COLLECTION, Document.class).getMappedResults()) {
      counts.put(group.getString("_id"), ((Number) group.get("count")).longValue());
    }
    return counts;
  }

  /** Held by a department (by {@code department}, unless null): only then can a deadline run. */
  private static Criteria flagged(String department) {
    Criteria held = Criteria.where(TicketDocument.STATUS).in(TicketStatus.WITH_DEPARTMENT);
    return department == null ? held : held.and(TicketDocument.DEPARTMENT).is(department);
  }
}
