package io.civicline.kit.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small real photos made with ImageIO, and the location metadata a phone would add to them. */
public final class SamplePhotos {

  /** The bytes a GPS position leaves in EXIF, to look for after stripping. */
  public static final String GPS_MARK = "GPS 47.7283N 128.8994E";

  private SamplePhotos() {}

  public static byte[] jpeg() {
    return image("jpg");
  }

  public static byte[] png() {
    return image("png");
  }

  /** A PDF header and body, enough for the type check. */
  public static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** An APP1 segment of EXIF holding a GPS position. */
  public static byte[] exifSegment() {
    return app1("Exif\0\0MM\0*\0\0\0\u0008" + GPS_MARK);
  }

  /** An APP1 segment of XMP holding a GPS position. */
  public static byte[] xmpSegment() {
    return app1("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta exif:GPSLatitude='" + GPS_MARK + "'/>");
  }

  /** An APP1 segment of neither EXIF nor XMP: kept. */
  public static byte[] otherApp1Segment() {
    return app1("OtherVendor\0kept");
  }

  /** {@code segments} put into {@code jpeg} right after its start-of-image marker. */
  public static byte[] withSegments(byte[] jpeg, byte[]... segments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    for (byte[] segment : segments) {
      out.writeBytes(segment);
    }
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A PNG chunk with a correct CRC. */
  public static byte[] chunk(String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length)
        .put(name)
        .put(data)
        .putInt((int) crc.getValue())
        .array();
  }

  public static byte[] text(String keyword, String value) {
    return (keyword + "\0" + value).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** {@code chunks} put into {@code png} right after its header chunk (IHDR, 25 bytes). */
  public static byte[] withChunks(byte[] png, byte[]... chunks) {
    int afterHeader = 8 + 25;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, afterHeader);
    for (byte[] chunk : chunks) {
      out.writeBytes(chunk);
    }
    out.write(png, afterHeader, png.length - afterHeader);
    return out.toByteArray();
  }

  private static byte[] app1(String payload) {
    byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
    return ByteBuffer.allocate(4 + data.length)
        .put((byte) 0xFF)
        .put((byte) 0xE1)
        .putShort((short) (data.length + 2))
        .put(data)
        .array();
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 32; x++) {
      for (int y = 0; y < 24; y++) {
        image.setRGB(x, y, new Color(x * 8, y * 10, 128).getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
