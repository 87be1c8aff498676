package io.civicline.kit.asyncapi;

import io.civicline.events.asyncapi.EventApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * A service that declares its {@link EventApplication} serves the AsyncAPI document of its events
 * beside its OpenAPI document, under the same access (open in the dev profile, else signed in).
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnBean(EventApplication.class)
public class AsyncApiConfiguration {

  @Bean
  AsyncApiController asyncApiController(EventApplication application) {
    return new AsyncApiController(application);
  }
}
