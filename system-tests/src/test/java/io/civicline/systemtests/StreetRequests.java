package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.ReferenceData;
import io.civicline.localstack.DemoUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Open311 requests of two apps, the demo app (channel APP) and a WEB app, in streets of three
 * districts of the reference data, with the test's own tally of what it submitted: {@code
 * channel:CODE} and {@code street:CODE} to the number of requests, as {@link ReceivedFigures} keys
 * the figures.
 */
final class StreetRequests {

  private static final String WEB_KEY = "street-requests-web-key";

  /**
   * The stack's environment for the apps' keys: the whole list, the demo app's key and the WEB
   * app's, as a list set in the environment replaces the configuration file's.
   */
  static final Map<String, String> APPS =
      Map.of(
          "CIVICLINE_OPEN311_APIKEYS_0_APP", "demo-app",
          "CIVICLINE_OPEN311_APIKEYS_0_CHANNEL", "APP",
          "CIVICLINE_OPEN311_APIKEYS_0_SHA256", DemoUsers.sha256(DemoUsers.OPEN311_KEY),
          "CIVICLINE_OPEN311_APIKEYS_1_APP", "web-portal",
          "CIVICLINE_OPEN311_APIKEYS_1_CHANNEL", "WEB",
          "CIVICLINE_OPEN311_APIKEYS_1_SHA256", DemoUsers.sha256(WEB_KEY));

  private final Open311Client open311;
  private final List<ReferenceData.Street> streets = new ArrayList<>();

  StreetRequests(Open311Client open311) {
    this.open311 = open311;
    ReferenceData reference = ReferenceData.defaults();
    streets.addAll(reference.streetsOf("YIMEI").subList(0, 2));
    streets.addAll(reference.streetsOf("TIELI").subList(0, 2));
    streets.add(reference.streetsOf("NANCHA").get(0));
  }

  /**
   * Submits {@code count} requests, every third by the WEB app, the streets in turn; returns the
   * tally.
   */
  Map<String, Long> submit(int count) throws Exception {
    Map<String, Long> tally = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      ReferenceData.Street street = streets.get(i % streets.size());
      boolean web = i % 3 == 0;
      Map<String, String> form = new LinkedHashMap<>();
      form.put("api_key", web ? WEB_KEY : DemoUsers.OPEN311_KEY);
      form.put("service_code", "URBAN_MANAGEMENT");
      form.put("attribute[DISTRICT]", street.district());
      form.put("attribute[STREET]", street.code());
      form.put("address_string", street.zh());
      form.put("description", "路灯不亮，第 " + i + " 件");
      Open311Client.Answer created = open311.post("/requests.json", form);
      assertThat(created.status()).as(created.body()).isEqualTo(200);
      tally.merge("channel:" + (web ? "WEB" : "APP"), 1L, Long::sum);
      tally.merge("street:" + street.code(), 1L, Long::sum);
    }
    return tally;
  }
}
