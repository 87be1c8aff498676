package io.civicline.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTests {

  static final Instant NOW = Instant.parse("2026-03-14T01:02:03Z");

  static ReceiveTicket command(Caller caller) {
    return new ReceiveTicket("PHONE", "COMPLAINT", "YIMEI", null, caller, "路灯不亮", "agent");
  }

  @Test
  void aReceivedTicketIsVersionOneWithOneReceivedEvent() {
    Ticket.Change change =
        Ticket.receive(
            "t-1", "12345-20260314-000001", command(new Caller("张三", "13800000000", false)), NOW);

    assertThat(change.ticket().version()).isEqualTo(1);
    assertThat(change.ticket().status()).isEqualTo(TicketStatus.RECEIVED);
    assertThat(change.ticket().urgency()).isEqualTo(Urgency.NORMAL);
    assertThat(change.events())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.type()).isEqualTo(TicketEventType.RECEIVED.cloudEventType());
              assertThat(event.caseId()).isEqualTo("t-1");
              assertThat(event.caseVersion()).isEqualTo(1);
              assertThat(event.snapshot().receivedAt()).isEqualTo(NOW);
            });
  }

  @Test
  void theEventMatchesTheContractAndCarriesNoPersonalData() {
    TicketEvent event =
        Ticket.receive(
                "t-1",
                "12345-20260314-000001",
                command(new Caller("张三", "13800000000", false)),
                NOW)
            .events()
            .get(0);
    byte[] data = EventJson.write(event);

    assertThat(EventSchemas.violations(event.type(), data)).isEmpty();
    assertThat(new String(data, StandardCharsets.UTF_8))
        .doesNotContain("张三", "13800000000", "路灯不亮");
  }

  @Test
  void aTicketWithoutCallerIsAnonymous() {
    Ticket ticket = Ticket.receive("t-2", "12345-20260314-000002", command(null), NOW).ticket();

    assertThat(ticket.caller().anonymous()).isTrue();
  }
}
