package io.civicline.kit.mongo;

import io.civicline.kit.privacy.PersonalDataLog;
import io.civicline.kit.privacy.PhoneSearches;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** MongoDB pieces the services share; registered before Boot's indicator so that it backs off. */
@AutoConfiguration(
    afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
    beforeName =
        "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
public class MongoBaseline {

  @Bean
  @ConditionalOnBean(MongoTemplate.class)
  MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
    return new MongoPingHealthIndicator(mongo);
  }

  /**
   * How long an operation waits for a database it cannot reach ({@code
   * civicline.mongo.server-selection-timeout}, default 2 s) before it fails, which {@code
   * ApiProblems} answers with a 503: the driver's own 30 s would hold every request that long while
   * the database is down. Boot 4 has no property for it; a value in the URI is overridden.
   */
  @Bean
  MongoClientSettingsBuilderCustomizer unreachableDatabaseFailsFast(
      @Value("${civicline.mongo.server-selection-timeout:2s}") Duration serverSelection) {
    return settings ->
        settings.applyToClusterSettings(
            cluster ->
                cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS));
  }

  @Bean
  @ConditionalOnBean(MongoTemplate.class)
  @ConditionalOnMissingBean
  PersonalDataLog personalDataLog(MongoTemplate mongo) {
    return new PersonalDataLog(mongo, Clock.systemUTC());
  }

  @Bean
  @ConditionalOnBean(MongoTemplate.class)
  @ConditionalOnMissingBean
  PhoneSearches phoneSearches(
      PersonalDataLog log,
      @Value("${civicline.privacy.phone-searches-per-minute:20}") int perMinute) {
    return new PhoneSearches(log, perMinute, Clock.systemUTC());
  }

  @Bean
  @ConditionalOnBean(MongoTemplate.class)
  @ConditionalOnMissingBean
  ClusterLease clusterLease(MongoTemplate mongo) {
    return new ClusterLease(mongo, Clock.systemUTC());
  }
}
