package io.civicline.wirestore;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Stores the documents of a collection as BSON, with the codec the server uses on the wire: every
 * value a client can send round-trips, and writing a page costs a fraction of the Java
 * serialization H2's default type falls back to.
 *
 * <p>A document holding a value the codec can't encode (none known) is written by the default type,
 * behind a tag byte: a failed write would stop the store.
 *
 * <p>Documents are never compared: they are only the values of a map.
 */
final class BsonDocumentType extends BasicDataType<Document> {

  private static final byte BSON = 0;
  private static final byte OTHER = 1;

  private final ObjectDataType fallback = new ObjectDataType();

  /**
   * H2 splits a page by the estimated heap size of its entries. Measuring a document means encoding
   * it, so the estimate is twice the running average of the encoded sizes, as H2's own type does
   * for serialized objects (an object on the heap takes about twice its encoded size).
   */
  private volatile int averageSize = 1024;

  @Override
  public int getMemory(Document document) {
    return 2 * averageSize;
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    ByteBuf bson = encode(document);
    if (bson == null) {
      buffer.put(OTHER);
      fallback.write(buffer, document);
      return;
    }
    try {
      int size = bson.readableBytes();
      buffer.put(BSON).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
      averageSize = (int) ((15L * averageSize + size) / 16);
    } finally {
      bson.release();
    }
  }

  /** The document in BSON, or null if the codec can't encode one of its values. */
  private ByteBuf encode(Document document) {
    ByteBuf bson = Unpooled.buffer(averageSize + 64);
    try {
      BsonEncoder.encodeDocument(document, bson);
      return bson;
    } catch (RuntimeException e) {
      bson.release();
      return null;
    }
  }

  @Override
  public Document read(ByteBuffer buffer) {
    if (buffer.get() == OTHER) {
      return (Document) fallback.read(buffer);
    }
    int start = buffer.position();
    // A BSON document starts with its own length, little-endian.
    int size = Integer.reverseBytes(buffer.getInt(start));
    Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(start, size)));
    buffer.position(start + size);
    return document;
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }
}
