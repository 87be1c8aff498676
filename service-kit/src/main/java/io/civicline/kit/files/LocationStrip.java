package io.civicline.kit.files;

/**
 * A photo without the metadata that can hold where it was taken, removed byte by byte (nothing is
 * decoded or re-encoded, so the picture is the same): a JPEG's EXIF and XMP ({@link JpegMetadata}),
 * a PNG's {@code eXIf} chunk and XMP text ({@link PngMetadata}). A PDF is returned unchanged: its
 * metadata is not removed, so it is shown to the ticket's handlers only.
 */
public final class LocationStrip {

  private LocationStrip() {}

  /** {@code content} without location metadata; a {@link RefusedFileException} when unreadable. */
  public static byte[] of(FileType type, byte[] content) {
    return switch (type) {
      case JPEG -> JpegMetadata.withoutLocation(content);
      case PNG -> PngMetadata.withoutLocation(content);
      case PDF -> content.clone();
    };
  }
}
