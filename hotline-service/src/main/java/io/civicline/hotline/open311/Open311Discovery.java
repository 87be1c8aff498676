package io.civicline.hotline.open311;

import static io.civicline.hotline.open311.Open311Tree.fields;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The service discovery document: who to ask, how to get a key, and this endpoint. */
@Component
class Open311Discovery {

  static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

  private final Open311Properties properties;
  private final Open311Services services;

  Open311Discovery(Open311Properties properties, Open311Services services) {
    this.properties = properties;
    this.services = services;
  }

  /** The document, {@code url} the endpoint as the client reached it. */
  Map<String, Object> document(String url) {
    return fields(
        "changeset",
        services.changeset(),
        "contact",
        properties.contact(),
        "key_service",
        properties.keyService(),
        "endpoints",
        new Open311Tree.Items(
            "endpoint",
            List.of(
                fields(
                    "specification",
                    SPECIFICATION,
                    "url",
                    url,
                    "changeset",
                    services.changeset(),
                    "type",
                    "production",
                    "formats",
                    new Open311Tree.Items(
                        "format",
                        List.of(
                            Open311Format.XML.mediaType().toString(),
                            Open311Format.JSON.mediaType().toString()))))));
  }
}
