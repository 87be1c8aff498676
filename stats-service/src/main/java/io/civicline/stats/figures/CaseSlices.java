package io.civicline.stats.figures;

import java.time.ZoneId;
import java.util.List;

/**
 * The slices one snapshot counts in while it is counted: the case's own (the whole city, its
 * district, category …), the same for every fact, and the department a fact is charged to. The last
 * department's slice is kept because a ticket's facts mostly name the same one, so counting builds
 * (and checks) a department's code once rather than once per fact.
 */
final class CaseSlices {

  private final ZoneId zone;
  private final List<Breakdown> own;
  private String department;
  private Breakdown departmentSlice;

  CaseSlices(ZoneId zone, List<Breakdown> own) {
    this.zone = zone;
    this.own = own;
  }

  ZoneId zone() {
    return zone;
  }

  List<Breakdown> own() {
    return own;
  }

  /**
   * The slice of department {@code code}; none for null or empty.
   *
   * @throws IllegalArgumentException for a code that cannot be part of a figure key
   */
  Breakdown department(String code) {
    if (code == null || code.isEmpty()) {
      return null;
    }
    if (!code.equals(department)) {
      departmentSlice = new Breakdown(Dimension.DEPARTMENT, code);
      department = code;
    }
    return departmentSlice;
  }
}
