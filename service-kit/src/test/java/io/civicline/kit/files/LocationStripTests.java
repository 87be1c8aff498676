package io.civicline.kit.files;

import static io.civicline.kit.files.SamplePhotos.GPS_MARK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LocationStripTests {

  @Test
  void aJpegLosesItsExifAndXmpAndKeepsEveryOtherByte() throws IOException {
    byte[] plain = SamplePhotos.jpeg();
    byte[] tagged =
        SamplePhotos.withSegments(plain, SamplePhotos.exifSegment(), SamplePhotos.xmpSegment());
    assertThat(text(tagged)).contains(GPS_MARK);

    byte[] stripped = LocationStrip.of(FileType.JPEG, tagged);

    assertThat(stripped).isEqualTo(plain);
    assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(32);
  }

  @Test
  void aJpegKeepsAnApp1SegmentOfAnotherKind() {
    byte[] plain = SamplePhotos.jpeg();
    byte[] other = SamplePhotos.withSegments(plain, SamplePhotos.otherApp1Segment());

    byte[] stripped =
        LocationStrip.of(
            FileType.JPEG, SamplePhotos.withSegments(other, SamplePhotos.exifSegment()));

    assertThat(stripped).isEqualTo(other);
  }

  @Test
  void bytesAfterTheEndOfAJpegAreDropped() {
    byte[] plain = SamplePhotos.jpeg();
    byte[] trailed = Arrays.copyOf(plain, plain.length + GPS_MARK.length());
    System.arraycopy(GPS_MARK.getBytes(StandardCharsets.US_ASCII), 0, trailed, plain.length, 22);

    assertThat(LocationStrip.of(FileType.JPEG, trailed)).isEqualTo(plain);
  }

  @Test
  void aPngLosesItsExifChunkAndXmpTextAndKeepsEveryOtherByte() throws IOException {
    byte[] plain = SamplePhotos.png();
    byte[] tagged =
        SamplePhotos.withChunks(
            plain,
            SamplePhotos.chunk("eXIf", ("MM\0*" + GPS_MARK).getBytes(StandardCharsets.US_ASCII)),
            SamplePhotos.chunk(
                "iTXt", SamplePhotos.text("XML:com.adobe.xmp", "\0\0\0\0" + GPS_MARK)),
            SamplePhotos.chunk("tEXt", SamplePhotos.text("Raw profile type exif", GPS_MARK)),
            SamplePhotos.chunk("zTXt", SamplePhotos.text("XML:com.adobe.xmp", "\0" + GPS_MARK)));
    assertThat(text(tagged)).contains(GPS_MARK);

    byte[] stripped = LocationStrip.of(FileType.PNG, tagged);

    assertThat(stripped).isEqualTo(plain);
    assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getHeight()).isEqualTo(24);
  }

  @Test
  void aPngKeepsTextChunksOfOtherKeywords() {
    byte[] titled =
        SamplePhotos.withChunks(
            SamplePhotos.png(), SamplePhotos.chunk("tEXt", SamplePhotos.text("Title", "路灯")));

    assertThat(LocationStrip.of(FileType.PNG, titled)).isEqualTo(titled);
  }

  @Test
  void aPdfIsReturnedUnchanged() {
    assertThat(LocationStrip.of(FileType.PDF, SamplePhotos.pdf())).isEqualTo(SamplePhotos.pdf());
  }

  @Test
  void aTruncatedPhotoIsRefusedClearly() {
    byte[] jpeg = SamplePhotos.jpeg();
    byte[] png = SamplePhotos.png();

    assertThatThrownBy(() -> LocationStrip.of(FileType.JPEG, Arrays.copyOf(jpeg, jpeg.length / 2)))
        .isInstanceOfSatisfying(
            RefusedFileException.class,
            refused -> assertThat(refused.reason()).contains("truncated or damaged"));
    assertThatThrownBy(() -> LocationStrip.of(FileType.PNG, Arrays.copyOf(png, png.length - 5)))
        .isInstanceOf(RefusedFileException.class);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
