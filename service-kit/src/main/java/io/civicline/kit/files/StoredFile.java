package io.civicline.kit.files;

/** A file as stored: its id in the store, its type and size, and its content. */
public record StoredFile(String id, FileType type, byte[] content) {

  public long size() {
    return content.length;
  }

  @Override
  public String toString() {
    return "StoredFile[" + id + ", " + type + ", " + content.length + " bytes]";
  }
}
