package io.civicline.kit.privacy;

import io.civicline.kit.limits.RequestWindow;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Searches by a phone number, for those allowed to see phones in full: only an exact full number
 * ({@link #isFullNumber}) is ever matched, each user has a bounded number of them per minute
 * ({@code civicline.privacy.phone-searches-per-minute}, default 20), and every one is recorded in
 * the {@link PersonalDataLog}. Together they keep the search from being an oracle that recovers a
 * number from its masked form by trying the middles.
 */
public class PhoneSearches {

  private static final Pattern FULL_NUMBER = Pattern.compile("[0-9]{7,12}|[0-9]{3,4}-[0-9]{7,8}");
  private static final int MAX_USERS = 10_000;

  private final PersonalDataLog log;
  private final RequestWindow perUser;

  public PhoneSearches(PersonalDataLog log, int perMinute, Clock clock) {
    this.log = log;
    this.perUser = new RequestWindow(perMinute, Duration.ofMinutes(1), MAX_USERS, clock);
  }

  /**
   * Whether the text is a whole phone number (mobile, or landline with area code), nothing else.
   */
  public static boolean isFullNumber(String text) {
    return text != null && FULL_NUMBER.matcher(text.strip()).matches();
  }

  /** Counts one phone search by the user, or refuses it (429) over the limit. */
  public void admit(String user) {
    perUser.admit(user, "At most " + perUser.limit() + " searches by phone number a minute.");
  }

  /** Records the search (never the number searched for) with the records it found. */
  public void found(String user, String route, List<String> records) {
    log.searched(user, route, records);
  }
}
