package io.civicline.kit.files;

import java.util.Arrays;

/**
 * The kinds of file taken, each known by its first bytes (its signature), never by its name or the
 * type the sender declares: those are the sender's to choose.
 */
public enum FileType {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

  private final String mediaType;
  private final byte[] signature;

  FileType(String mediaType, byte[] signature) {
    this.mediaType = mediaType;
    this.signature = signature;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Whether a photo: its location metadata is removed before anyone but its handlers sees it. */
  public boolean isImage() {
    return this != PDF;
  }

  /** The type whose signature {@code content} starts with; refused when none. */
  public static FileType of(byte[] content) {
    for (FileType type : values()) {
      if (content.length >= type.signature.length
          && Arrays.equals(
              content, 0, type.signature.length, type.signature, 0, type.signature.length)) {
        return type;
      }
    }
    throw new RefusedFileException("not a JPEG, PNG or PDF file (judged by its content)");
  }

  /** The type of a stored media type; null when it is none of these. */
  public static FileType ofMediaType(String mediaType) {
    for (FileType type : values()) {
      if (type.mediaType.equals(mediaType)) {
        return type;
      }
    }
    return null;
  }
}
