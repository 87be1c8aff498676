package io.civicline.kit.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JPEG's segments read in order, those that may hold a location dropped: every APP1 segment of
 * EXIF ({@code Exif\0\0}) or XMP (standard or extended); everything else is copied byte for byte,
 * the compressed scans included. Bytes after the end-of-image marker are dropped too: they belong
 * to no picture and can carry anything.
 */
final class JpegMetadata {

  private static final int MARKER = 0xFF;
  private static final int SOI = 0xD8;
  private static final int EOI = 0xD9;
  private static final int SOS = 0xDA;
  private static final int APP1 = 0xE1;
  private static final byte[][] LOCATION_HEADERS = {
    "Exif\0".getBytes(StandardCharsets.ISO_8859_1),
    "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
    "http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.ISO_8859_1)
  };

  private JpegMetadata() {}

  static byte[] withoutLocation(byte[] jpeg) {
    if (jpeg.length < 4 || (jpeg[0] & 0xFF) != MARKER || (jpeg[1] & 0xFF) != SOI) {
      throw unreadable();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
    out.write(jpeg, 0, 2);
    int at = 2;
    while (true) {
      if (at + 1 >= jpeg.length || (jpeg[at] & 0xFF) != MARKER) {
        throw unreadable();
      }
      int marker = jpeg[at + 1] & 0xFF;
      if (marker == MARKER) {
        at++; // a fill byte before a marker
        continue;
      }
      if (marker == EOI) {
        out.write(jpeg, at, 2);
        return out.toByteArray();
      }
      if (standsAlone(marker)) {
        out.write(jpeg, at, 2);
        at += 2;
        continue;
      }
      if (at + 3 >= jpeg.length) {
        throw unreadable();
      }
      int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
      int end = at + 2 + length;
      if (length < 2 || end > jpeg.length) {
        throw unreadable();
      }
      if (!(marker == APP1 && holdsLocation(jpeg, at + 4, end))) {
        out.write(jpeg, at, end - at);
      }
      at = end;
      if (marker == SOS) {
        int scanEnd = endOfScan(jpeg, at);
        out.write(jpeg, at, scanEnd - at);
        at = scanEnd;
      }
    }
  }

  /** TEM and the restart markers carry no length. */
  private static boolean standsAlone(int marker) {
    return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
  }

  private static boolean holdsLocation(byte[] jpeg, int from, int to) {
    for (byte[] header : LOCATION_HEADERS) {
      if (to - from >= header.length
          && java.util.Arrays.equals(jpeg, from, from + header.length, header, 0, header.length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the compressed data after a scan header ends: at the next marker, a 0xFF followed by
   * neither a stuffed zero nor a restart marker.
   */
  private static int endOfScan(byte[] jpeg, int from) {
    for (int i = from; i + 1 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == MARKER) {
        int next = jpeg[i + 1] & 0xFF;
        if (next != 0 && next != MARKER && !standsAlone(next)) {
          return i;
        }
      }
    }
    throw unreadable();
  }

  private static RefusedFileException unreadable() {
    return new RefusedFileException("not a readable JPEG image (truncated or damaged)");
  }
}
