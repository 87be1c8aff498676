package io.civicline.hotline.citizen;

import io.civicline.kit.limits.RequestWindow;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;

/**
 * How often one client address may submit and look up (a rating counts as a lookup), in memory,
 * each over a sliding window; past it a 429 with Retry-After. The address is the connection's, or
 * with {@code trust-forwarded-for} the last one of {@code X-Forwarded-For}: the one the proxy in
 * front saw, which a client cannot choose (the entries before it can be anything).
 */
final class CitizenLimits {

  private static final int MAX_ADDRESSES = 50_000;

  private final RequestWindow submissions;
  private final RequestWindow lookups;
  private final boolean trustForwardedFor;

  CitizenLimits(CitizenProperties properties, Clock clock) {
    this.submissions =
        new RequestWindow(
            properties.submissionsPerWindow(), properties.window(), MAX_ADDRESSES, clock);
    this.lookups =
        new RequestWindow(properties.lookupsPerWindow(), properties.window(), MAX_ADDRESSES, clock);
    this.trustForwardedFor = properties.trustForwardedFor();
  }

  void admitSubmission(HttpServletRequest request) {
    submissions.admit(address(request), "citizen.tooManySubmissions");
  }

  void admitLookup(HttpServletRequest request) {
    lookups.admit(address(request), "citizen.tooManyLookups");
  }

  String address(HttpServletRequest request) {
    String forwarded = trustForwardedFor ? request.getHeader("X-Forwarded-For") : null;
    if (forwarded == null || forwarded.isBlank()) {
      return request.getRemoteAddr();
    }
    String[] hops = forwarded.split(",");
    return hops[hops.length - 1].strip();
  }
}
