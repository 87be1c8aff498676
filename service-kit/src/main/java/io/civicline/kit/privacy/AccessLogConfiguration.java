package io.civicline.kit.privacy;

import io.civicline.kit.mongo.MongoBaseline;
import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Where a service keeps personal data (it has MongoDB), admins may read its access log: {@code GET
 * /api/personal-data-access}, ADMIN only.
 */
@AutoConfiguration(after = MongoBaseline.class)
@ConditionalOnWebApplication
@ConditionalOnBean(MongoTemplate.class)
public class AccessLogConfiguration {

  @Bean
  AccessLogController accessLogController(MongoTemplate mongo) {
    return new AccessLogController(mongo);
  }

  @Bean
  ApiAccessRules accessLogForAdmins() {
    return rules ->
        rules.requestMatchers(ApiAccessRules.reads(AccessLogController.PATH)).hasRole(Roles.ADMIN);
  }
}
