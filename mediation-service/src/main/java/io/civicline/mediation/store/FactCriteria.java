package io.civicline.mediation.store;

import io.civicline.mediation.domain.CaseStatus;
import io.civicline.mediation.domain.Outcome;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The query of the cases behind a figure, as stats-service's MediationFigures counts them: a
 * closing is matched in the stored {@code closings}, so a case closed FAILED and reopened is behind
 * that period's {@code mediated} and {@code closed}; breakdowns are the case's current codes.
 */
final class FactCriteria {

  private static final List<Outcome> MEDIATED = List.of(Outcome.SUCCESS, Outcome.FAILED);
  private static final List<CaseStatus> OPEN = List.of(CaseStatus.REGISTERED, CaseStatus.MEDIATING);

  /** Paths inside one element of {@code closings}. */
  private static final String CLOSING_AT = "at";

  private static final String CLOSING_OUTCOME = "outcome";

  private FactCriteria() {}

  static Criteria of(FactFilter filter) {
    return switch (filter.fact()) {
      case REGISTERED ->
          within(Criteria.where(CaseDocument.REGISTERED_AT), filter)
              .and(CaseDocument.DECLINE)
              .is(null);
      case DECLINED -> within(Criteria.where(CaseDocument.DECLINED_AT), filter);
      case CLOSED -> closing(filter, null);
      case MEDIATED -> closing(filter, MEDIATED);
      case SUCCESSFUL -> closing(filter, List.of(Outcome.SUCCESS));
      case LINKAGE ->
          closing(filter, List.of(Outcome.SUCCESS)).and(CaseDocument.LINKAGE_BODY).is(true);
      case JUDICIALLY_CONFIRMED ->
          within(Criteria.where(CaseDocument.CONFIRMED_AT), filter)
              .and(CaseDocument.OUTCOME)
              .is(Outcome.SUCCESS);
      case OPEN -> Criteria.where(CaseDocument.STATUS).in(OPEN);
      case OVERDUE ->
          Criteria.where(CaseDocument.STATUS).in(OPEN).and(CaseDocument.OVERDUE).is(true);
    };
  }

  /** A closing in the period, with one of the outcomes (any when null). */
  private static Criteria closing(FactFilter filter, List<Outcome> outcomes) {
    Criteria closing = within(Criteria.where(CLOSING_AT), filter);
    if (outcomes != null) {
      closing.and(CLOSING_OUTCOME).in(outcomes);
    }
    return Criteria.where(CaseDocument.CLOSINGS).elemMatch(closing);
  }

  private static Criteria within(Criteria field, FactFilter filter) {
    Instant from = filter.from();
    Instant before = filter.before();
    if (from == null && before == null) {
      return field.exists(true);
    }
    if (from != null) {
      field.gte(from);
    }
    if (before != null) {
      field.lt(before);
    }
    return field;
  }
}
