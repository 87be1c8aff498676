package io.civicline.hotline;

import io.civicline.kit.files.FileLimits;
import io.civicline.kit.files.GridFsFiles;
import io.civicline.kit.problem.LargerBodyRoute;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Where tickets' files live (the GridFS bucket {@value #BUCKET}) and how large an upload may be:
 * the upload routes take one file at its largest, every other API route keeps the API's bound.
 */
@Configuration(proxyBeanMethods = false)
class TicketFilesConfiguration {

  static final String BUCKET = "ticket_files";

  @Bean
  GridFsFiles ticketFileStore(MongoTemplate mongo) {
    return new GridFsFiles(mongo.getDb(), BUCKET);
  }

  @Bean
  LargerBodyRoute ticketFileUploads() {
    return new LargerBodyRoute("POST", "/api/tickets/{id}/files", FileLimits.MAX_UPLOAD_BODY_BYTES);
  }

  /**
   * Multipart bodies up to one upload, held in memory: the file's own limit is checked with a clear
   * answer when it is read ({@link io.civicline.kit.files.CheckedFile}).
   */
  @Bean
  MultipartConfigElement multipartConfig() {
    long max = FileLimits.MAX_UPLOAD_BODY_BYTES;
    return new MultipartConfigElement("", max, max, (int) max);
  }
}
