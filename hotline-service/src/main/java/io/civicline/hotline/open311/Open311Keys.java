package io.civicline.hotline.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The apps' keys: a key is known by its SHA-256, compared in constant time, so neither the
 * configuration nor the comparison gives a key away. A missing or unknown key is a 403.
 */
@Component
class Open311Keys {

  private final Open311Properties properties;

  Open311Keys(Open311Properties properties) {
    this.properties = properties;
  }

  Open311Properties.ApiKey app(String key) {
    if (key == null || key.isBlank()) {
      throw Open311Failure.forbidden("api_key missing: submitting a request needs an app's key");
    }
    byte[] given = sha256(key.strip());
    Open311Properties.ApiKey found = null;
    for (Open311Properties.ApiKey app : properties.apiKeys()) {
      if (MessageDigest.isEqual(given, HexFormat.of().parseHex(app.sha256()))) {
        found = app;
      }
    }
    if (found == null) {
      throw Open311Failure.forbidden("invalid api_key: can't proceed with create_request");
    }
    return found;
  }

  static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
