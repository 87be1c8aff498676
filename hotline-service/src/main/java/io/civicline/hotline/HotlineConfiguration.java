package io.civicline.hotline;

import io.civicline.events.ReferenceData;
import io.civicline.events.asyncapi.EventApplication;
import io.civicline.events.asyncapi.EventTopic;
import io.civicline.hotline.api.TicketAccessRules;
import io.civicline.hotline.domain.CalendarSource;
import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.store.TicketStore;
import io.civicline.kit.aggregate.VersionedActions;
import io.civicline.kit.console.ConsoleAudience;
import io.civicline.kit.console.OpenToManagers;
import io.civicline.kit.problem.NotFoundException;
import io.civicline.kit.security.Roles;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SlaProperties.class)
class HotlineConfiguration {

  /** The topics it writes and reads, for its AsyncAPI document. */
  @Bean
  EventApplication eventApplication() {
    return new EventApplication(
        "hotline-service",
        "The 12345 hotline: every change of a ticket, and the tickets it refers to mediation;"
            + " it reads the mediation cases' changes to record a referral's outcome.",
        Set.of(EventTopic.TICKET_EVENTS, EventTopic.REFERRALS),
        Set.of(EventTopic.CASE_EVENTS));
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** How a ticket changes at the version its user saw, for the staff's desk and the citizens'. */
  @Bean
  VersionedActions<Ticket, Ticket.Change> versionedTickets(TicketStore store) {
    return new VersionedActions<>(
        "ticket",
        Ticket::id,
        Ticket::version,
        id -> store.find(id).orElseThrow(() -> new NotFoundException("ticket", id)),
        store::update);
  }

  @Bean
  TicketAccessRules ticketAccessRules() {
    return new TicketAccessRules();
  }

  @Bean
  SlaPolicy slaPolicy(SlaProperties sla, CalendarSource calendar, ReferenceData reference) {
    return new SlaPolicy(
        sla.workingDays(),
        sla.signWindow(),
        sla.returnWindow(),
        calendar,
        ZoneId.of(reference.city().zone()));
  }

  /**
   * The agent console: the roles that work tickets, and admins to read; managers only the pages
   * marked {@link OpenToManagers} (the search, the drill-down of their figures), and no ticket.
   */
  @Bean
  ConsoleAudience<Staff> agentConsole(StaffResolver staff) {
    Set<String> working = Set.of(Roles.AGENT, Roles.DEPARTMENT, Roles.ADMIN);
    return new ConsoleAudience<>(working, staff::of, Staff::roles, "console.forbidden");
  }
}
