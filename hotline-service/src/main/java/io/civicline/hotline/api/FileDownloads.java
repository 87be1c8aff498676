package io.civicline.hotline.api;

import io.civicline.kit.files.FileType;
import io.civicline.kit.files.StoredFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as an answer, API and console alike: its type as read from its content, never
 * sniffed by the browser, sandboxed (no script, no form, no plugin runs from it), not cached, and a
 * PDF downloaded rather than opened in the page.
 */
public final class FileDownloads {

  static final String SANDBOX = "default-src 'none'; img-src 'self'; sandbox";

  private FileDownloads() {}

  public static ResponseEntity<byte[]> of(StoredFile file) {
    ContentDisposition disposition =
        (file.type() == FileType.PDF
                ? ContentDisposition.attachment()
                : ContentDisposition.inline())
            .filename("file-" + file.id() + extension(file.type()))
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.type().mediaType()))
        .contentLength(file.size())
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", SANDBOX)
        .body(file.content());
  }

  private static String extension(FileType type) {
    return switch (type) {
      case JPEG -> ".jpg";
      case PNG -> ".png";
      case PDF -> ".pdf";
    };
  }
}
