package io.civicline.kit.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A PNG's chunks read in order, those that may hold a location dropped: {@code eXIf}, and the text
 * chunks ({@code iTXt}, {@code tEXt}, {@code zTXt}) whose keyword names XMP or a raw EXIF profile;
 * every other chunk is copied byte for byte. Bytes after {@code IEND} are dropped.
 */
final class PngMetadata {

  private static final int SIGNATURE = 8;
  private static final String[] LOCATION_KEYWORDS = {
    "XML:com.adobe.xmp", "Raw profile type exif", "Raw profile type APP1", "Raw profile type xmp"
  };

  private PngMetadata() {}

  static byte[] withoutLocation(byte[] png) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
    out.write(png, 0, Math.min(SIGNATURE, png.length));
    int at = SIGNATURE;
    while (true) {
      if (at + 8 > png.length) {
        throw unreadable();
      }
      long length =
          ((png[at] & 0xFFL) << 24)
              | ((png[at + 1] & 0xFF) << 16)
              | ((png[at + 2] & 0xFF) << 8)
              | (png[at + 3] & 0xFF);
      long end = at + 12L + length;
      if (end > png.length) {
        throw unreadable();
      }
      String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
      if (!holdsLocation(type, png, at + 8, (int) end - 4)) {
        out.write(png, at, (int) end - at);
      }
      at = (int) end;
      if (type.equals("IEND")) {
        return out.toByteArray();
      }
    }
  }

  private static boolean holdsLocation(String type, byte[] png, int from, int to) {
    if (type.equals("eXIf")) {
      return true;
    }
    if (!type.equals("iTXt") && !type.equals("tEXt") && !type.equals("zTXt")) {
      return false;
    }
    int nul = from;
    while (nul < to && png[nul] != 0) {
      nul++;
    }
    String keyword = new String(png, from, nul - from, StandardCharsets.ISO_8859_1);
    for (String location : LOCATION_KEYWORDS) {
      if (keyword.equalsIgnoreCase(location)) {
        return true;
      }
    }
    return false;
  }

  private static RefusedFileException unreadable() {
    return new RefusedFileException("not a readable PNG image (truncated or damaged)");
  }
}
