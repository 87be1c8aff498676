package io.civicline.hotline.open311;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import org.springframework.http.MediaType;

/**
 * The two formats of GeoReport v2, named by the resource's suffix ({@code services.xml}, {@code
 * services.json}); XML is the one the specification requires, so errors about the URL itself are
 * written in it.
 */
enum Open311Format {
  XML("xml", new MediaType("text", "xml", UTF_8)),
  JSON("json", new MediaType("application", "json", UTF_8));

  private final String suffix;
  private final MediaType mediaType;

  Open311Format(String suffix, MediaType mediaType) {
    this.suffix = suffix;
    this.mediaType = mediaType;
  }

  MediaType mediaType() {
    return mediaType;
  }

  /** The format a suffix names; an unknown one is a 400, as any URL the API does not serve. */
  static Open311Format of(String suffix) {
    return Arrays.stream(values())
        .filter(format -> format.suffix.equals(suffix))
        .findFirst()
        .orElseThrow(
            () ->
                Open311Failure.badRequest(
                    "format", "unknown format ." + suffix + ": use .xml or .json"));
  }

  /** The format named at the end of a request's path, XML when it names none it knows. */
  static Open311Format ofPath(String path) {
    return path != null && path.endsWith("." + JSON.suffix) ? JSON : XML;
  }
}
