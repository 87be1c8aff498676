package io.civicline.wirestore;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The keys of the backend's maps: document ids (keys of a collection's documents, values of its
 * unique indexes) and the key values of unique indexes. Each is written as a one-byte tag and a
 * compact encoding of the types that occur in ids and (normalized) index keys; anything else is
 * written by H2's default type, which serializes it with Java serialization as before.
 */
class DocumentKeyType extends BasicDataType<Object> {

  private static final byte NULL = 0;
  private static final byte MISSING = 1;
  private static final byte STRING = 2;
  private static final byte INTEGER = 3;
  private static final byte LONG = 4;
  private static final byte DOUBLE = 5;
  private static final byte TRUE = 6;
  private static final byte FALSE = 7;
  private static final byte OBJECT_ID = 8;
  private static final byte UUID_ = 9;
  private static final byte INSTANT = 10;
  private static final byte KEY_VALUE = 11;
  private static final byte OTHER = 12;

  /** H2's default type, which ordered and stored these keys before. */
  private final ObjectDataType fallback = new ObjectDataType();

  /**
   * Ids keep exactly the order H2's default type gave them (a collection scan returns documents in
   * that order). Index key values are compared value by value, each as that type compares single
   * values: the default type compared whole {@link KeyValue}s (which are not {@link Comparable}) by
   * their Java-serialized bytes, serializing both at every step of every lookup. Both orders make
   * two key values equal exactly when their values are equal and of the same classes, which is what
   * unique indexes rely on. The order itself shows only in a regex query on an indexed field
   * without a sort, which returns documents in index order: for strings of one length, such as
   * ticket numbers, both orders are the strings' order.
   */
  @Override
  public int compare(Object a, Object b) {
    if (a instanceof KeyValue x && b instanceof KeyValue y) {
      return compareKeyValues(x, y);
    }
    return compareValues(a, b);
  }

  private int compareKeyValues(KeyValue a, KeyValue b) {
    int size = Math.min(a.size(), b.size());
    for (int i = 0; i < size; i++) {
      int result = compareValues(a.get(i), b.get(i));
      if (result != 0) {
        return result;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? -1 : 1;
    }
    // The most common case, without the default type's dispatch: it compares strings the same way.
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    return fallback.compare(a, b);
  }

  @Override
  public int getMemory(Object key) {
    if (key instanceof String s) {
      return 40 + 2 * s.length();
    }
    if (key instanceof KeyValue keyValue) {
      int memory = 48;
      for (Object value : keyValue) {
        memory += value == null ? 8 : getMemory(value);
      }
      return memory;
    }
    if (key == null || key instanceof Missing || isFixedSize(key)) {
      return 32;
    }
    return fallback.getMemory(key);
  }

  private static boolean isFixedSize(Object key) {
    return key instanceof Number
        || key instanceof Boolean
        || key instanceof ObjectId
        || key instanceof UUID
        || key instanceof Instant;
  }

  @Override
  public void write(WriteBuffer buffer, Object key) {
    if (key == null) {
      buffer.put(NULL);
    } else if (key instanceof Missing) {
      buffer.put(MISSING);
    } else if (key instanceof String s) {
      buffer.put(STRING).putVarInt(s.length()).putStringData(s, s.length());
    } else if (key instanceof Integer i) {
      buffer.put(INTEGER).putInt(i);
    } else if (key instanceof Long l) {
      buffer.put(LONG).putLong(l);
    } else if (key instanceof Double d) {
      buffer.put(DOUBLE).putDouble(d);
    } else if (key instanceof Boolean b) {
      buffer.put(b ? TRUE : FALSE);
    } else if (key instanceof ObjectId id) {
      buffer.put(OBJECT_ID).put(id.toByteArray());
    } else if (key instanceof UUID uuid) {
      buffer
          .put(UUID_)
          .putLong(uuid.getMostSignificantBits())
          .putLong(uuid.getLeastSignificantBits());
    } else if (key instanceof Instant instant) {
      buffer.put(INSTANT).putLong(instant.getEpochSecond()).putInt(instant.getNano());
    } else if (key instanceof KeyValue keyValue) {
      buffer.put(KEY_VALUE).putVarInt(keyValue.size());
      for (Object value : keyValue) {
        write(buffer, value);
      }
    } else {
      buffer.put(OTHER);
      fallback.write(buffer, key);
    }
  }

  @Override
  public Object read(ByteBuffer buffer) {
    byte tag = buffer.get();
    return switch (tag) {
      case NULL -> null;
      case MISSING -> Missing.getInstance();
      case STRING -> DataUtils.readString(buffer);
      case INTEGER -> buffer.getInt();
      case LONG -> buffer.getLong();
      case DOUBLE -> buffer.getDouble();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case OBJECT_ID -> readObjectId(buffer);
      case UUID_ -> new UUID(buffer.getLong(), buffer.getLong());
      case INSTANT -> Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
      case KEY_VALUE -> readKeyValue(buffer);
      case OTHER -> fallback.read(buffer);
      default -> throw new IllegalStateException("Unknown key tag " + tag + ": corrupt store?");
    };
  }

  private static ObjectId readObjectId(ByteBuffer buffer) {
    byte[] bytes = new byte[12];
    buffer.get(bytes);
    return new ObjectId(bytes);
  }

  private KeyValue readKeyValue(ByteBuffer buffer) {
    int size = DataUtils.readVarInt(buffer);
    List<Object> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(read(buffer));
    }
    return new KeyValue(values);
  }

  @Override
  public Object[] createStorage(int size) {
    return new Object[size];
  }
}
