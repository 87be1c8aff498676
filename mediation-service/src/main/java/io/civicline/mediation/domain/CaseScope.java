package io.civicline.mediation.domain;

import java.util.Set;

/**
 * The cases a mediation lead leads, or a mediator may take: a case belongs to its mediating body
 * once assigned, and to the district of the dispute until then. A body's scope is the body and, for
 * its unassigned cases, its district; a district's scope is the district and all its bodies.
 */
public record CaseScope(Set<String> districts, Set<String> bodies) {

  public CaseScope {
    districts = Set.copyOf(districts);
    bodies = Set.copyOf(bodies);
  }

  public boolean covers(MediationCase mediationCase) {
    Assignment assignment = mediationCase.assignment();
    return assignment == null
        ? districts.contains(mediationCase.intake().district())
        : bodies.contains(assignment.body());
  }

  public boolean coversBody(String body) {
    return bodies.contains(body);
  }
}
