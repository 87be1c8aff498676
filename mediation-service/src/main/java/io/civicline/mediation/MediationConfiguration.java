package io.civicline.mediation;

import io.civicline.events.ReferenceData;
import io.civicline.events.asyncapi.EventApplication;
import io.civicline.events.asyncapi.EventTopic;
import io.civicline.kit.console.ConsoleAudience;
import io.civicline.kit.console.OpenToManagers;
import io.civicline.kit.mongo.DailyNumbers;
import io.civicline.kit.security.Roles;
import io.civicline.mediation.domain.CaseRules;
import io.civicline.mediation.domain.Staff;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MediationProperties.class)
class MediationConfiguration {

  /** The topics it writes and reads, for its AsyncAPI document. */
  @Bean
  EventApplication eventApplication() {
    return new EventApplication(
        "mediation-service",
        "People's mediation: every change of a case; it reads the hotline's referrals to register"
            + " them as cases.",
        Set.of(EventTopic.CASE_EVENTS),
        Set.of(EventTopic.REFERRALS));
  }

  /** Counters of the case numbers, one document per day. */
  static final String NUMBERS_COLLECTION = "case_numbers";

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  CaseRules caseRules(MediationProperties properties, ReferenceData reference) {
    return new CaseRules(
        properties.timeLimit(), properties.reopenWindow(), ZoneId.of(reference.city().zone()));
  }

  /** {@code MED-YYYYMMDD-NNNNNN}, counted per day of the city's calendar. */
  @Bean
  DailyNumbers caseNumbers(MongoTemplate mongo, MediationProperties properties) {
    return new DailyNumbers(mongo, NUMBERS_COLLECTION, "MED", properties.numberBlock());
  }

  /**
   * The mediator console: mediators, mediation leads and admins (which case each may read or change
   * is the desk's rule, as in the case API); managers list cases on the pages marked {@link
   * OpenToManagers}, and open none.
   */
  @Bean
  ConsoleAudience<Staff> mediatorConsole(StaffResolver staff) {
    return new ConsoleAudience<>(
        Set.of(Roles.MEDIATOR, Roles.MEDIATION_LEAD, Roles.ADMIN),
        staff::of,
        Staff::roles,
        "Your role may not use this page of the mediator console.");
  }
}
