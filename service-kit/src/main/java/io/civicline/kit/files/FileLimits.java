package io.civicline.kit.files;

import org.springframework.util.unit.DataSize;

/** The bounds on files, in one place: each file's size, a record's files, a submission's. */
public final class FileLimits {

  /** The largest file taken: 5 MB. */
  public static final long MAX_FILE_BYTES = DataSize.ofMegabytes(5).toBytes();

  /** The most files one record (a ticket) keeps. */
  public static final int MAX_PER_RECORD = 10;

  /** The most files a citizen attaches when submitting a request. */
  public static final int MAX_AT_SUBMISSION = 3;

  /**
   * The largest request body of an upload route: one file at its largest, with room for the
   * multipart boundaries and part headers.
   */
  public static final long MAX_UPLOAD_BODY_BYTES =
      MAX_FILE_BYTES + DataSize.ofKilobytes(64).toBytes();

  private FileLimits() {}
}
