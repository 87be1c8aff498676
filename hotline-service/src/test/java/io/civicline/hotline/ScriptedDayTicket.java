package io.civicline.hotline;

import io.civicline.events.TicketEventType;
import io.civicline.kit.testing.ScriptedRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ticket of the scripted day: what the caller reported, the path the script sends it down, and
 * what the script expects of it now (status, version, the events its changes caused, in order).
 * Only the one worker playing the ticket touches it while the day runs.
 */
final class ScriptedDayTicket extends ScriptedRecord<ScriptedDayScript.Path, TicketEventType> {

  final String channel;
  final String category;
  final String topic;
  final String district;
  final String urgency;
  final String callerName;
  final String phone;
  final boolean callerOmitted;
  final String description;
  final String answer;

  /** Whether the refused, stale and forbidden requests of its path are tried on this ticket. */
  final boolean probes;

  String department;
  Instant deadline;
  boolean referred;
  String duplicateOf;
  String outcome = "";

  ScriptedDayTicket(
      int index,
      ScriptedDayScript.Path path,
      String channel,
      String category,
      String topic,
      String district,
      String urgency,
      String callerName,
      String phone,
      boolean callerOmitted,
      String description,
      String answer,
      boolean probes) {
    super(index, path);
    this.channel = channel;
    this.category = category;
    this.topic = topic;
    this.district = district;
    this.urgency = urgency;
    this.callerName = callerName;
    this.phone = phone;
    this.callerOmitted = callerOmitted;
    this.description = description;
    this.answer = answer;
    this.probes = probes;
  }

  boolean anonymous() {
    return phone == null;
  }

  /** The intake form as the agent sends it. */
  Map<String, Object> intake() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", channel);
    body.put("category", category);
    if (topic != null) {
      body.put("topic", topic);
    }
    body.put("district", district);
    if (urgency != null) {
      body.put("urgency", urgency);
    }
    if (phone != null) {
      Map<String, Object> caller = new LinkedHashMap<>();
      caller.put("name", callerName);
      caller.put("phone", phone);
      body.put("caller", caller);
    } else if (!callerOmitted) {
      body.put("caller", Map.of("anonymous", true));
    }
    body.put("description", description);
    if (answer != null) {
      body.put("answer", answer);
    }
    return body;
  }

  @Override
  protected String noun() {
    return "ticket";
  }

  @Override
  protected String collection() {
    return "/api/tickets";
  }
}
