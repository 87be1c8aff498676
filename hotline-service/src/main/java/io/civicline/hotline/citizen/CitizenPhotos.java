package io.civicline.hotline.citizen;

import io.civicline.kit.files.CheckedFile;
import io.civicline.kit.files.FileLimits;
import io.civicline.kit.files.RefusedFileException;
import java.io.IOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photos sent with a request (the multipart parts {@code photos}): at most {@link
 * FileLimits#MAX_AT_SUBMISSION}, each a JPEG or PNG by its content and within the file bound,
 * checked before the ticket exists so that a refused one stores nothing. A part the browser sends
 * for an empty file field is no photo.
 */
record CitizenPhotos(List<MultipartFile> sent) {

  static CitizenPhotos of(List<MultipartFile> parts) {
    return new CitizenPhotos(
        parts == null
            ? List.of()
            : parts.stream().filter(part -> !part.isEmpty() || hasName(part)).toList());
  }

  /** The key of the problem with the photos ({@code citizen.error.*}), or null. */
  String problem() {
    if (sent.size() > FileLimits.MAX_AT_SUBMISSION) {
      return "tooManyPhotos";
    }
    for (MultipartFile part : sent) {
      try {
        if (!CheckedFile.of(part.getBytes()).type().isImage()) {
          return "notAPhoto";
        }
      } catch (RefusedFileException | IOException e) {
        return "notAPhoto";
      }
    }
    return null;
  }

  private static boolean hasName(MultipartFile part) {
    return part.getOriginalFilename() != null && !part.getOriginalFilename().isBlank();
  }
}
