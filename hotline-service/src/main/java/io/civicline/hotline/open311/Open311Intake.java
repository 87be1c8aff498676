package io.civicline.hotline.open311;

import static io.civicline.hotline.open311.Open311Tree.fields;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.IntakeDesk;
import io.civicline.hotline.domain.Ticket;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * {@code POST requests}: the form, sent as the specification sends it, checked ({@link
 * Open311Keys}, {@link Open311Submission}) and received at the desk as a ticket; the answer names
 * it at once (realtime).
 */
@Component
class Open311Intake {

  private final Open311Keys keys;
  private final IntakeDesk desk;
  private final ReferenceData reference;
  private final MessageSource messages;

  Open311Intake(
      Open311Keys keys, IntakeDesk desk, ReferenceData reference, MessageSource messages) {
    this.keys = keys;
    this.desk = desk;
    this.reference = reference;
    this.messages = messages;
  }

  Open311Tree.Items submit(HttpServletRequest request, Locale locale) {
    if (!MediaType.APPLICATION_FORM_URLENCODED.includes(contentType(request))) {
      throw Open311Failure.badRequest(
          "Content-Type", "send the request as application/x-www-form-urlencoded");
    }
    Map<String, String> form = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> form.put(name, values[0]));
    Open311Submission submission = new Open311Submission(form);
    Open311Properties.ApiKey app = keys.app(submission.value("api_key"));
    Ticket ticket = desk.receive(submission.toCommand(reference, app));
    return new Open311Tree.Items(
        "request",
        List.of(
            fields(
                "service_request_id",
                ticket.number(),
                "service_notice",
                messages.getMessage("public.notice", null, locale),
                "account_id",
                submission.value("account_id"))));
  }

  private static MediaType contentType(HttpServletRequest request) {
    try {
      return request.getContentType() == null
          ? MediaType.APPLICATION_OCTET_STREAM
          : MediaType.parseMediaType(request.getContentType());
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }
}
