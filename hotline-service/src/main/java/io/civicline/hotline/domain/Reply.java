package io.civicline.hotline.domain;

import java.time.Instant;

/**
 * The department's answer (办结), recorded by its staff or by an agent on its behalf; {@code
 * mediationCaseId} is set when the answer is the outcome of a mediation case. {@code note} may hold
 * personal data and stays with the staff; {@code publicReply}, optional, was written to be shown to
 * the public (进度查询, Open311) and is null on answers stored before it existed.
 */
public record Reply(
    ReplyResult result,
    String note,
    String department,
    Instant repliedAt,
    String recordedBy,
    boolean onTime,
    String mediationCaseId,
    String mediationOutcome,
    String publicReply) {}
