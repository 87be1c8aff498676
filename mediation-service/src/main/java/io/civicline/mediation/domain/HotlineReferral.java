package io.civicline.mediation.domain;

import java.time.Instant;

/**
 * The 12345 ticket a case came from, so that the two link both ways, and which referral of it: a
 * ticket handed back to the agents may be referred again, and each referral (its {@code
 * referralId}, the referral event's id) gives one case. Cases stored before referrals were told
 * apart have neither {@code referralId} nor {@code referredAt}.
 */
public record HotlineReferral(
    String ticketId, String ticketNumber, String referralId, Instant referredAt) {}
