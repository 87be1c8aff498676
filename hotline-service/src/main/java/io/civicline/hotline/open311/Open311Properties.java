package io.civicline.hotline.open311;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * GeoReport v2 ({@code civicline.open311}): the jurisdiction this endpoint serves (a client may
 * name it or not; another is a 404), what the discovery document tells people, and the apps' keys.
 * A key is kept as its SHA-256 (hex), never in clear; each names the app and the channel its
 * requests come in by (WEB or APP).
 */
@ConfigurationProperties("civicline.open311")
public record Open311Properties(
    String jurisdictionId, String contact, String keyService, List<ApiKey> apiKeys) {

  /** Who received a request an app submitted: this and the app's name. */
  static final String RECEIVED_BY_PREFIX = "open311:";

  /** The channels an app's requests may come in by. */
  static final java.util.Set<String> CHANNELS = java.util.Set.of("WEB", "APP");

  /** An app allowed to submit requests. */
  public record ApiKey(String app, String sha256, String channel) {

    public ApiKey {
      if (app == null || app.isBlank() || sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException(
            "civicline.open311.api-keys: each needs an app name and the key's SHA-256 in hex");
      }
      if (!CHANNELS.contains(channel)) {
        throw new IllegalArgumentException(
            "civicline.open311.api-keys: the channel of " + app + " must be one of " + CHANNELS);
      }
    }
  }

  public Open311Properties {
    jurisdictionId = jurisdictionId == null ? "yichun.gov.cn" : jurisdictionId;
    contact = contact == null ? "12345 政务服务便民热线 / 12345 citizen service hotline" : contact;
    keyService =
        keyService == null
            ? "向 12345 热线管理部门申请 api_key / Ask the 12345 hotline office for an api_key"
            : keyService;
    apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
  }
}
