package io.civicline.hotline.domain;

/** What the department's answer achieved. */
public enum ReplyResult {
  /** The problem was solved. */
  RESOLVED,
  /** It could not be solved as asked, but the citizen got an explanation (e.g. policy). */
  EXPLAINED,
  /** It cannot be solved (outside any department's remit, or impossible). */
  NOT_RESOLVABLE
}
