package io.civicline.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The topics a service declares carry the retention it is configured with. */
class TopicDeclarationTests {

  @Test
  void referralsKeepThirtyDaysUnlessConfiguredAndEventTopicsKeepEverything() {
    Map<String, String> defaults = retentions(new MockEnvironment());
    Map<String, String> configured =
        retentions(
            new MockEnvironment()
                .withProperty("civicline.topics.retention.referrals", "7d")
                .withProperty("civicline.topics.retention.referral-dead-letters", "36h"));

    assertThat(defaults)
        .containsEntry(Topics.REFERRALS, String.valueOf(Duration.ofDays(30).toMillis()))
        .containsEntry(
            Topics.deadLetterOf(Topics.REFERRALS), String.valueOf(Duration.ofDays(30).toMillis()))
        .containsEntry(Topics.TICKET_EVENTS, "-1")
        .containsEntry(Topics.CASE_EVENTS, "-1");
    assertThat(configured)
        .containsEntry(Topics.REFERRALS, String.valueOf(Duration.ofDays(7).toMillis()))
        .containsEntry(
            Topics.deadLetterOf(Topics.REFERRALS), String.valueOf(Duration.ofHours(36).toMillis()))
        .containsEntry(Topics.TICKET_EVENTS, "-1");
  }

  private static Map<String, String> retentions(MockEnvironment environment) {
    return KafkaBaseline.topics(environment).stream()
        .collect(
            Collectors.toMap(NewTopic::name, topic -> topic.configs().get(Topics.RETENTION_MS)));
  }
}
