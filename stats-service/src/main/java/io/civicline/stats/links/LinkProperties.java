package io.civicline.stats.links;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code civicline.stats.links.*}: where the managers' browsers reach the two consoles whose
 * searches list the tickets and cases behind a count.
 *
 * @param hotline the hotline console's base URL, e.g. {@code http://127.0.0.1:8081}
 * @param mediation the mediation console's base URL
 */
@ConfigurationProperties("civicline.stats.links")
public record LinkProperties(
    @DefaultValue("http://127.0.0.1:8081") String hotline,
    @DefaultValue("http://127.0.0.1:8082") String mediation) {

  public LinkProperties {
    hotline = withoutTrailingSlash(hotline);
    mediation = withoutTrailingSlash(mediation);
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
