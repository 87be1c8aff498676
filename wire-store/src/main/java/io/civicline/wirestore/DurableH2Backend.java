package io.civicline.wirestore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend of mongo-java-server, committing every change before the client gets its
 * answer: an acknowledged write survives a {@code kill -9} of the server.
 *
 * <p>The plain {@link H2Backend} leaves committing to MVStore's background writer (about one second
 * behind). Every wire command, OP_MSG included, reaches {@link #handleCommand}; a command that
 * changed nothing costs one look at the store's unsaved changes.
 *
 * <p>The plain backend also stores documents, ids and index keys with H2's default type, which
 * falls back to Java serialization for them and even serializes index keys to compare them: that
 * was most of the server's CPU. Here they are stored by {@link TypedMaps} (documents in BSON), in
 * the {@link StoreFormat} the store is marked with.
 */
final class DurableH2Backend extends H2Backend {

  private final MVStore store;
  private final GroupCommit commits;
  private final ChunkRewriter rewriter;

  private DurableH2Backend(MVStore store) {
    super(store);
    this.store = store;
    this.commits = new GroupCommit(store);
    this.rewriter = new ChunkRewriter(store, commits);
  }

  /**
   * Each commit writes every page its changes touched: smaller pages mean fewer documents written
   * again per commit. Measured with BSON documents of 1 KB: 1 KB and 16 KB pages both cost more CPU
   * per insert than 4 KB.
   */
  private static final int PAGE_SPLIT_SIZE = 4096;

  /**
   * The store runs without MVStore's background thread, the known trigger of lost chunks in H2
   * 2.4.240 (a kept store here once failed to reopen with {@code Chunk 6086 not found}; not
   * reproduced since). That thread saves on its own a second after the last commit, and a write
   * that leaves much unsaved saves the same way, handing the chunk to a writer thread without
   * waiting; as H2's code reads, a commit that serializes its chunk before that one is placed
   * leaves the earlier chunk out of the store's layout for good (fixed on H2's master after
   * 2.4.240, "fix occasional ChunkNotFound ... due to incomplete layout map"). The thread also
   * moves chunks within the file, the compaction of h2database issue 4247. Without it every save
   * runs on the thread that commits, in order. {@link ChunkRewriter} keeps the rest of the
   * housekeeping.
   */
  static DurableH2Backend open(String fileName) {
    MVStore store =
        new MVStore.Builder()
            .fileName(fileName)
            .pageSplitSize(PAGE_SPLIT_SIZE)
            .autoCommitDisabled()
            .open();
    try {
      StoreFormat.prepare(store, fileName);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return new DurableH2Backend(store);
  }

  /** Stops rewriting chunks, then closes the store: saves what is left, without compaction. */
  @Override
  public void close() {
    rewriter.close();
    super.close();
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new TypedDatabase(databaseName);
  }

  /**
   * Commands that change nothing. They do not wait for a commit: with writes going on the store
   * always has unsaved changes, and a list would wait for other clients' writes to be saved.
   */
  private static final Set<String> READS =
      Set.of("find", "getmore", "count", "distinct", "listindexes", "listcollections", "ping");

  /**
   * Documents in a find's first reply, and in each further one, when the client names no batch
   * size. MongoDB sends 101 first, then up to 16 MB a reply; the base server sends everything in
   * one reply, which a driver refuses over 48 MB (a store upgrade streaming every ticket would
   * fail).
   */
  static final int FIRST_BATCH = 101;

  static final int NEXT_BATCH = 1_000;

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    inBatches(command, query);
    try {
      return ReadVersion.held(store, () -> super.handleCommand(channel, database, command, query));
    } finally {
      // Also after a failed command: a batch can fail half way with its first documents written.
      if (!isRead(command, query) && store.hasUnsavedChanges()) {
        commits.commitChangesSoFar();
      }
    }
  }

  /**
   * A batch size of 0 or none: the base server reads it as everything in one reply for a find, and
   * fails an assertion for a getMore (MongoDB reads it as its default for both).
   */
  private static void inBatches(String command, Document query) {
    if (query.get("batchSize") instanceof Number size && size.intValue() > 0
        || Boolean.TRUE.equals(query.get("singleBatch"))) {
      return;
    }
    if (command.equalsIgnoreCase("find")) {
      query.put("batchSize", FIRST_BATCH);
    } else if (command.equalsIgnoreCase("getMore")) {
      query.put("batchSize", NEXT_BATCH);
    }
  }

  private static boolean isRead(String command, Document query) {
    String name = command.toLowerCase(Locale.ROOT);
    return READS.contains(name)
        || name.equals("aggregate")
            && query.get("pipeline") instanceof List<?> stages
            && stages.stream().noneMatch(DurableH2Backend::writesOut);
  }

  private static boolean writesOut(Object stage) {
    return stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge"));
  }

  /**
   * A database whose collections and unique indexes get their maps from {@link TypedMaps} before
   * the plain database opens them by name.
   *
   * <p>An inner class, and {@link #getMvStore()} rather than the field {@code store}: the plain
   * database opens its existing collections in its constructor, and the plain backend opens the
   * existing databases in its own, before the fields of either subclass are set. The reference to
   * the enclosing backend is set before the superclass constructor runs.
   */
  private final class TypedDatabase extends H2Database {

    TypedDatabase(String databaseName) {
      super(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(
        String collectionName, CollectionOptions options) {
      String fullName = getFullCollectionNamespace(collectionName);
      return new IndexedH2Collection(
          this,
          collectionName,
          options,
          TypedMaps.openCollection(getMvStore(), fullName),
          TypedMaps.openCounters(getMvStore(), fullName),
          getCursorRegistry());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      TypedMaps.openIndex(getMvStore(), getFullCollectionNamespace(collectionName), indexName);
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      String fullName = getFullCollectionNamespace(collectionName);
      return new SecondaryIndex(
          indexName,
          keys,
          sparse,
          TypedMaps.openSecondaryIndex(getMvStore(), fullName, indexName),
          new IndexFacts(TypedMaps.openCounters(getMvStore(), fullName), indexName));
    }

    @Override
    public Document handleCommand(
        Channel channel,
        String command,
        Document query,
        DatabaseResolver databaseResolver,
        Oplog oplog) {
      Document count = CountDocuments.answer(this, command, query);
      return count != null
          ? count
          : super.handleCommand(channel, command, query, databaseResolver, oplog);
    }
  }
}
