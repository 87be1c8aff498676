package io.civicline.wirestore;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;

/** {@link DocumentKeyType} and {@link BsonDocumentType} on their own. */
class StoreTypesTests {

  private final DocumentKeyType keys = new DocumentKeyType();

  @Test
  void keysOfEveryEncodedTypeReadBackEqualAndOfTheSameClass() {
    List<Object> values =
        List.of(
            "T-1",
            "张三",
            42,
            42L,
            0.5,
            true,
            false,
            new ObjectId(),
            UUID.randomUUID(),
            Instant.parse("2026-11-27T05:30:00.123456789Z"),
            Missing.getInstance(),
            new KeyValue("12345-000001", 2.0, null),
            new Document("a", 1),
            new Date(0));
    for (Object value : values) {
      Object read = roundTrip(keys, value);
      assertThat(read).as("%s", value).isEqualTo(value).hasSameClassAs(value);
    }
    assertThat(roundTrip(keys, null)).isNull();
  }

  @Test
  void keyValuesAreEqualExactlyWhenTheirValuesAre() {
    assertThat(keys.compare(new KeyValue("a", 1.0), new KeyValue("a", 1.0))).isZero();
    assertThat(keys.compare(new KeyValue("a", 1.0), new KeyValue("a", 1L))).isNotZero();
    assertThat(keys.compare(new KeyValue("a", null), new KeyValue("a", null))).isZero();
    assertThat(keys.compare(new KeyValue("a", null), new KeyValue("a", "b"))).isNegative();
    assertThat(keys.compare(new KeyValue("a"), new KeyValue("a", "b"))).isNegative();
    assertThat(keys.compare(new KeyValue("12345-2"), new KeyValue("12345-10"))).isPositive();
    assertThat(keys.compare(new KeyValue(new Document("a", 1)), new KeyValue(new Document("a", 1))))
        .isZero();
  }

  @Test
  void aDocumentTheBsonCodecCannotEncodeIsStoredAnyway() {
    BsonDocumentType documents = new BsonDocumentType();
    Document encodable = new Document("_id", "T-1").append("at", Instant.ofEpochMilli(5));
    Document notEncodable = new Document("_id", "T-2").append("at", new Date(5));

    assertThat(roundTrip(documents, encodable)).isEqualTo(encodable);
    assertThat(roundTrip(documents, notEncodable)).isEqualTo(notEncodable);
  }

  private static <T> T roundTrip(BasicDataType<T> type, T value) {
    WriteBuffer buffer = new WriteBuffer();
    type.write(buffer, value);
    buffer.put((byte) 99);
    ByteBuffer written = buffer.getBuffer().flip();
    T read = type.read(written);
    assertThat(written.get()).as("reads exactly what it wrote").isEqualTo((byte) 99);
    return read;
  }
}
