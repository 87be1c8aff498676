package io.civicline.hotline.api;

import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.security.Roles;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets")
class TicketController {

  private final TicketDesk desk;

  TicketController(TicketDesk desk) {
    this.desk = desk;
  }

  @PostMapping
  ResponseEntity<TicketView> receive(
      @Valid @RequestBody ReceiveTicketRequest request, Authentication user) {
    Ticket ticket = desk.receive(request.toCommand(user.getName()));
    return ResponseEntity.created(URI.create("/api/tickets/" + ticket.id()))
        .eTag("\"" + ticket.version() + "\"")
        .body(TicketView.of(ticket, true));
  }

  @GetMapping("/{id}")
  ResponseEntity<TicketView> get(@PathVariable String id, Authentication user) {
    Ticket ticket = desk.get(id);
    return ResponseEntity.ok()
        .eTag("\"" + ticket.version() + "\"")
        .body(TicketView.of(ticket, isAgent(user)));
  }

  private static boolean isAgent(Authentication user) {
    return user.getAuthorities().stream()
        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Roles.AGENT));
  }
}
