package io.civicline.kit.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.civicline.kit.testing.InProcessMongo;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GridFS store on the embedded MongoDB-wire server the services' tests and stack run on. */
class GridFsFilesTests {

  private static InProcessMongo mongo;
  private static MongoClient client;
  private static GridFsFiles files;

  @BeforeAll
  static void start() {
    mongo = new InProcessMongo();
    client = MongoClients.create(mongo.uri("files"));
    files = new GridFsFiles(client.getDatabase("files"), "record_files");
  }

  @AfterAll
  static void stop() {
    client.close();
    mongo.stop();
  }

  @Test
  void aFileOfTheLargestSizeComesBackByteForByteWithItsType() {
    byte[] pdf = Arrays.copyOf(SamplePhotos.pdf(), (int) FileLimits.MAX_FILE_BYTES);
    pdf[pdf.length - 1] = 42;

    String id = files.save("ticket-1", CheckedFile.of(pdf));

    StoredFile stored = files.find("ticket-1", id).orElseThrow();
    assertThat(stored.type()).isEqualTo(FileType.PDF);
    assertThat(stored.content()).isEqualTo(pdf);
  }

  @Test
  void aFileIsFoundOnlyThroughItsOwnRecord() {
    String id = files.save("ticket-2", CheckedFile.of(SamplePhotos.png()));

    assertThat(files.find("ticket-2", id)).isPresent();
    assertThat(files.find("ticket-3", id)).isEmpty();
    assertThat(files.find("ticket-2", "not-an-id")).isEmpty();
  }

  @Test
  void aDeletedFileIsGone() {
    String id = files.save("ticket-4", CheckedFile.of(SamplePhotos.jpeg()));

    files.delete(id);
    files.delete(id);

    assertThat(files.find("ticket-4", id)).isEmpty();
  }
}
