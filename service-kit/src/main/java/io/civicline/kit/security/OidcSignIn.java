package io.civicline.kit.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Signing in through the city's OpenID Connect provider, when {@code
 * civicline.security.oidc.issuer-uri} is set: the consoles' client registration, the API's token
 * decoder for the same issuer, and the console sign-in that {@link SecurityBaseline} applies
 * instead of its form. It replaces Boot's decoder for {@code
 * spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet"
          + ".OAuth2ResourceServerAutoConfiguration"
    })
@ConditionalOnWebApplication
@Conditional(OidcSignIn.IssuerConfigured.class)
@EnableConfigurationProperties(OidcProperties.class)
public class OidcSignIn {

  static final String REGISTRATION_ID = "civicline";

  /**
   * Reads the issuer's discovery document at start-up (as Boot does for its own client
   * registrations): a service with an unreachable issuer does not start.
   */
  @Bean
  @ConditionalOnMissingBean
  ClientRegistrationRepository clientRegistrations(OidcProperties oidc) {
    if (!StringUtils.hasText(oidc.clientId())) {
      throw new IllegalStateException(
          OidcProperties.PREFIX + ".client-id is required with an issuer-uri");
    }
    ClientRegistration.Builder registration =
        ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
            .registrationId(REGISTRATION_ID)
            .clientId(oidc.clientId())
            .scope(oidc.scopes())
            .userNameAttributeName(oidc.userNameClaim());
    if (StringUtils.hasText(oidc.clientSecret())) {
      registration.clientSecret(oidc.clientSecret());
    } else {
      registration.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
    }
    return new InMemoryClientRegistrationRepository(registration.build());
  }

  /**
   * The issuer's keys are fetched on the first token, so the API starts without it. A token must
   * come from the issuer, be in date, name its user and, if configured, the audience.
   */
  @Bean
  @ConditionalOnMissingBean
  JwtDecoder jwtDecoder(OidcProperties oidc) {
    return new SupplierJwtDecoder(
        () -> {
          NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuerUri()).build();
          decoder.setJwtValidator(validators(oidc));
          return decoder;
        });
  }

  @Bean
  OidcConsoleSignIn oidcConsoleSignIn(ClientRegistrationRepository registrations) {
    return new OidcConsoleSignIn(registrations);
  }

  private static OAuth2TokenValidator<Jwt> validators(OidcProperties oidc) {
    List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
    validators.add(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()));
    validators.add(new JwtClaimValidator<Object>(oidc.userNameClaim(), Objects::nonNull));
    if (StringUtils.hasText(oidc.audience())) {
      validators.add(
          new JwtClaimValidator<List<String>>(
              JwtClaimNames.AUD, aud -> aud != null && aud.contains(oidc.audience())));
    }
    return new DelegatingOAuth2TokenValidator<>(validators);
  }

  /** Blank counts as not set, so that an empty environment variable keeps the configured users. */
  static final class IssuerConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return OidcProperties.configured(context.getEnvironment());
    }
  }
}
