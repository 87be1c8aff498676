package io.civicline.kit.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CheckedFileTests {

  @Test
  void theTypeComesFromTheFirstBytes() {
    assertThat(CheckedFile.of(SamplePhotos.jpeg()).type()).isEqualTo(FileType.JPEG);
    assertThat(CheckedFile.of(SamplePhotos.png()).type()).isEqualTo(FileType.PNG);
    assertThat(CheckedFile.of(SamplePhotos.pdf()).type()).isEqualTo(FileType.PDF);
  }

  @Test
  void textIsRefusedWhateverItClaimsToBe() {
    byte[] text = "just text, named x.jpg".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CheckedFile.of(text))
        .isInstanceOfSatisfying(
            RefusedFileException.class,
            refused -> assertThat(refused.reason()).contains("JPEG, PNG or PDF"));
  }

  @Test
  void aGifIsRefused() {
    assertThatThrownBy(() -> CheckedFile.of("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(RefusedFileException.class);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> CheckedFile.of(new byte[0])).isInstanceOf(RefusedFileException.class);
  }

  @Test
  void aFileOfTheLimitIsTakenAndOneByteMoreIsRefused() {
    byte[] pdf = SamplePhotos.pdf();
    byte[] atLimit = Arrays.copyOf(pdf, (int) FileLimits.MAX_FILE_BYTES);
    byte[] over = Arrays.copyOf(pdf, (int) FileLimits.MAX_FILE_BYTES + 1);

    assertThat(CheckedFile.of(atLimit).size()).isEqualTo(FileLimits.MAX_FILE_BYTES);
    assertThatThrownBy(() -> CheckedFile.of(over))
        .isInstanceOfSatisfying(
            RefusedFileException.class,
            refused -> assertThat(refused.reason()).contains("5242880 bytes"));
  }

  @Test
  void aSignatureFollowedByGarbageIsNoPhoto() {
    byte[] jpegStart = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};

    assertThatThrownBy(() -> CheckedFile.of(jpegStart)).isInstanceOf(RefusedFileException.class);
  }
}
