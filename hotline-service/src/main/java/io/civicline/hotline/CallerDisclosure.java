package io.civicline.hotline;

import io.civicline.hotline.domain.Caller;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.privacy.PersonalDataLog;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How much of the caller a user sees, API and console alike: agents all of it, the department
 * holding the ticket (dispatched to it or signed for) the phone, to call back; everyone else, and
 * that department once the ticket has left it, the masked caller. Every display of a field in full
 * is recorded in the access log first, with the route of the request that shows it.
 */
@Component
public class CallerDisclosure {

  private final PersonalDataLog log;

  CallerDisclosure(PersonalDataLog log) {
    this.log = log;
  }

  public Caller shownTo(Staff viewer, Ticket ticket) {
    Caller caller = ticket.intake().caller();
    Caller shown =
        viewer.isAgent() ? caller : viewer.holds(ticket) ? caller.forCallBack() : caller.masked();
    List<String> inFull = new ArrayList<>();
    if (inFull(shown.name(), caller.name())) {
      inFull.add("caller.name");
    }
    if (inFull(shown.phone(), caller.phone())) {
      inFull.add("caller.phone");
    }
    if (!inFull.isEmpty()) {
      log.shown(viewer.name(), ticket.id(), route(), inFull);
    }
    return shown;
  }

  private static boolean inFull(String shown, String stored) {
    return shown != null && !shown.isEmpty() && shown.equals(stored);
  }

  /** The route of the request being answered, as the access log names it. */
  static String route() {
    return PersonalDataLog.route(
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
  }
}
