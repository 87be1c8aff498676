package io.civicline.kit.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random photos, cut, damaged and tagged: the checks either take a file or refuse it with
 * {@link RefusedFileException}, never anything else, and what they take has no location left. A
 * failure names its seed.
 */
class LocationStripPropertyTests {

  private static final int RUNS = 400;

  @Test
  void damagedInputIsTakenOrRefusedClearlyNeverAnythingElse() {
    byte[][] photos = {
      SamplePhotos.withSegments(SamplePhotos.jpeg(), SamplePhotos.exifSegment()),
      SamplePhotos.withChunks(
          SamplePhotos.png(),
          SamplePhotos.chunk("eXIf", SamplePhotos.GPS_MARK.getBytes(StandardCharsets.US_ASCII)))
    };
    for (int seed = 0; seed < RUNS; seed++) {
      Random random = new Random(seed);
      byte[] photo = photos[seed % 2];
      byte[] damaged = damage(photo, random);
      try {
        CheckedFile file = CheckedFile.of(damaged);
        assertThat(new String(file.withoutLocation(), StandardCharsets.ISO_8859_1))
            .as("seed %d", seed)
            .doesNotContain(SamplePhotos.GPS_MARK);
      } catch (RefusedFileException refused) {
        assertThat(refused.fields()).as("seed %d", seed).hasSize(1);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " threw " + e, e);
      }
    }
  }

  @Test
  void locationSegmentsAnywhereAmongTheHeadersAreAllRemoved() {
    byte[] plain = SamplePhotos.jpeg();
    for (int seed = 0; seed < RUNS; seed++) {
      Random random = new Random(seed);
      byte[][] segments = new byte[1 + random.nextInt(4)][];
      for (int i = 0; i < segments.length; i++) {
        segments[i] = random.nextBoolean() ? SamplePhotos.exifSegment() : SamplePhotos.xmpSegment();
      }
      byte[] stripped = LocationStrip.of(FileType.JPEG, SamplePhotos.withSegments(plain, segments));
      assertThat(stripped).as("seed %d", seed).isEqualTo(plain);
      assertThat(LocationStrip.of(FileType.JPEG, stripped)).as("seed %d", seed).isEqualTo(plain);
    }
  }

  private static byte[] damage(byte[] photo, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> Arrays.copyOf(photo, random.nextInt(photo.length));
      case 1 -> {
        byte[] flipped = photo.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        yield flipped;
      }
      case 2 -> {
        byte[] garbage = new byte[random.nextInt(64)];
        random.nextBytes(garbage);
        byte[] signed = Arrays.copyOf(photo, 8 + garbage.length);
        System.arraycopy(garbage, 0, signed, 8, garbage.length);
        yield signed;
      }
      default -> {
        byte[] garbage = new byte[random.nextInt(128)];
        random.nextBytes(garbage);
        yield garbage;
      }
    };
  }
}
