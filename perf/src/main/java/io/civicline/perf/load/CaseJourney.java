package io.civicline.perf.load;

/** The ways through mediation a case of the load takes. */
enum CaseJourney {
  /** Assigned, a session held, closed successful with a written agreement (调解成功). */
  SUCCESS,
  /** As SUCCESS, assigned to a linkage body (四所一庭). */
  SUCCESS_LINKAGE,
  /** Assigned, a session held, closed failed with advice. */
  FAILED,
  /** Assigned and withdrawn by the applicant. */
  WITHDRAWN,
  /** Assigned and transferred to another body. */
  TRANSFERRED,
  /** Declined at intake (不予受理). */
  DECLINED,
  /** Registered and assigned, left under mediation: open at the end. */
  LEFT_OPEN
}
