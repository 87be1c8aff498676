package io.civicline.kit.files;

/**
 * A file that passed the checks: not empty, at most {@link FileLimits#MAX_FILE_BYTES}, and of a
 * {@link FileType} its content shows. A photo's location metadata is still in it: {@link
 * #withoutLocation()} gives the copy others may see.
 */
public record CheckedFile(FileType type, byte[] content) {

  public CheckedFile {
    content = content.clone();
  }

  /** Checks {@code content}: a {@link RefusedFileException} says why it is not taken. */
  public static CheckedFile of(byte[] content) {
    if (content == null || content.length == 0) {
      throw new RefusedFileException("the file is empty");
    }
    if (content.length > FileLimits.MAX_FILE_BYTES) {
      throw new RefusedFileException("larger than " + FileLimits.MAX_FILE_BYTES + " bytes");
    }
    FileType type = FileType.of(content);
    // Read it once through: a photo that cannot be read is refused now, not when it is shown.
    LocationStrip.of(type, content);
    return new CheckedFile(type, content);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public long size() {
    return content.length;
  }

  public byte[] withoutLocation() {
    return LocationStrip.of(type, content);
  }

  @Override
  public String toString() {
    return "CheckedFile[" + type + ", " + content.length + " bytes]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CheckedFile file
        && file.type == type
        && java.util.Arrays.equals(file.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + java.util.Arrays.hashCode(content);
  }
}
