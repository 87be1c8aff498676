package io.civicline.hotline.api;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.problem.RecordView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** A ticket in a 409's {@code current}: as the user's role may see it, its caller disclosed so. */
@Component
class ConflictingTicket implements RecordView {

  private final StaffResolver staff;
  private final TicketResponses responses;

  ConflictingTicket(StaffResolver staff, TicketResponses responses) {
    this.staff = staff;
    this.responses = responses;
  }

  @Override
  public Object of(Object record, Authentication user) {
    return responses.view((Ticket) record, staff.of(user));
  }
}
