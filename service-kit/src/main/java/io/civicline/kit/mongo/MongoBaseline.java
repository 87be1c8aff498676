package io.civicline.kit.mongo;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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

  @Bean
  @ConditionalOnBean(MongoTemplate.class)
  @ConditionalOnMissingBean
  ClusterLease clusterLease(MongoTemplate mongo) {
    return new ClusterLease(mongo, Clock.systemUTC());
  }
}
