package io.civicline.kit.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * One record (ticket, case) of a scripted run over a service's API: its place in the script, the
 * path the script sends it down, and what the script expects of it now (status, version, the events
 * its changes caused, in order). Only the one worker playing the record touches it while a phase
 * runs, so its state is plain fields.
 *
 * @param <P> the script's paths
 * @param <E> the service's event types
 */
public abstract class ScriptedRecord<P, E> {

  public final int index;
  public final P path;

  public String id;
  public String number;
  public long version;
  public String status;

  /** How far along its path the script has played it. */
  public int step;

  /** The event each successful request caused, in order: caseVersion n is element n - 1. */
  public final List<E> events = new ArrayList<>();

  protected ScriptedRecord(int index, P path) {
    this.index = index;
    this.path = path;
  }

  /** What the record is called in messages ("ticket", "case"). */
  protected abstract String noun();

  /** The API's collection ({@code /api/tickets}). */
  protected abstract String collection();

  /** Anything the record's line in a message adds after its path, e.g. " (referral)". */
  protected String remark() {
    return "";
  }

  public String url() {
    return collection() + "/" + id;
  }

  @Override
  public String toString() {
    return "%s #%d %s%s (%s, %s, expected %s v%d)"
        .formatted(noun(), index, path, remark(), number, id, status, version);
  }
}
