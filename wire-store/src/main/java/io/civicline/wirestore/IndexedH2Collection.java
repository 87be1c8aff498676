package io.civicline.wirestore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.InMemoryCursor;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterators;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * A collection of the file backend that reads through its indexes ({@link IndexPlanner}) and lets
 * queries run beside writes.
 *
 * <p>The plain collection answers every query under the collection's lock. MVStore's maps are safe
 * to read while another thread writes (a cursor reads the map as it was when it started), so here
 * queries and counts take no lock; writes still do, one at a time. A writer changes the documents
 * its query found in place: a query made while holding the collection (a write's) hands out copies,
 * so that no stored document changes while a reader encodes it.
 */
final class IndexedH2Collection extends H2Collection {

  private final MVMap<Object, Document> documents;

  IndexedH2Collection(
      MongoDatabase database,
      String collectionName,
      CollectionOptions options,
      MVMap<Object, Document> documents,
      MVMap<String, Object> meta,
      CursorRegistry cursorRegistry) {
    super(database, collectionName, options, documents, meta, cursorRegistry);
    this.documents = documents;
  }

  /** As the plain collection reads the query's parts, without its lock. */
  @Override
  public QueryResult handleQuery(QueryParameters parameters) {
    Document selector = parameters.getQuerySelector();
    Document filter = selector;
    Document sort = null;
    if (selector.containsKey("query")) {
      filter = (Document) selector.get("query");
      sort = (Document) selector.get("orderby");
    } else if (selector.containsKey("$query")) {
      filter = (Document) selector.get("$query");
      sort = (Document) selector.get("$orderby");
    }
    return queryDocuments(
        filter,
        sort,
        parameters.getNumberToSkip(),
        parameters.getLimit(),
        parameters.getBatchSize(),
        parameters.getProjection());
  }

  @Override
  protected QueryResult queryDocuments(
      Document filter, Document sort, int skip, int limit, int batchSize, Document projection) {
    boolean natural = sort != null && sort.containsKey("$natural");
    Document indexSort = natural ? null : sort;
    int wanted = limit > 0 ? skip + limit : 0;
    Read read = plan(filter, indexSort, natural ? 0 : wanted, natural && isDescending(sort));
    Stream<Document> found =
        read.documents.filter(document -> documentMatchesQuery(document, filter));
    Comparator<Document> order = read.sorted ? null : deriveComparator(indexSort);
    if (order != null) {
      found = found.sorted(order);
    }
    found = found.skip(Math.max(skip, 0));
    if (limit > 0) {
      found = found.limit(limit);
    }
    if (Thread.holdsLock(this)) {
      found = found.map(Document::cloneDeeply);
    }
    return matchDocumentsFromStream(new Document(), found, 0, 0, batchSize, null, projection);
  }

  @Override
  public int count(Document filter, int skip, int limit) {
    if (filter == null || filter.isEmpty()) {
      return super.count(filter, skip, limit);
    }
    Read read = plan(filter, null, 0, false);
    long count =
        read.exactCount >= 0
            ? read.exactCount
            : read.documents.filter(document -> documentMatchesQuery(document, filter)).count();
    count = Math.max(0, count - Math.max(skip, 0));
    return (int) (limit > 0 ? Math.min(limit, count) : count);
  }

  /**
   * A cursor with an id drawn at random, as MongoDB's: the base server counts ids from 1 in each
   * process, so after a restart a client's getMore for a cursor of the previous process took the
   * documents of another client's cursor, of any collection, instead of failing.
   */
  @Override
  protected Cursor createCursor(List<Document> remainingDocuments) {
    Cursor cursor =
        new InMemoryCursor(
            ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), remainingDocuments);
    cursorRegistry.add(cursor);
    return cursor;
  }

  /**
   * Builds a new index under the collection's lock, so that no write meanwhile escapes it, and
   * notes an ordinary one as built: at the next open it is not built again ({@link
   * SecondaryIndex#isEmpty}).
   */
  @Override
  public synchronized void addIndex(Index<Object> index) {
    // An index of that name already open (created again) is left as it is, as the base server does.
    boolean opening =
        index instanceof SecondaryIndex
            && getIndexes().stream().noneMatch(open -> open.getName().equals(index.getName()));
    if (opening) {
      ((SecondaryIndex) index).prepareBuild();
    }
    super.addIndex(index);
    if (opening) {
      ((SecondaryIndex) index).markBuilt();
    }
  }

  /**
   * The documents that may match, and whether they come in the sort's order.
   *
   * @param exactCount how many match, when known without reading them; else -1
   */
  private record Read(Stream<Document> documents, boolean sorted, long exactCount) {}

  private Read plan(Document filter, Document sort, int wanted, boolean descending) {
    for (Index<Object> index : List.copyOf(getIndexes())) {
      Document key = uniqueKeyOf(index, filter);
      if (key != null && index.canHandle(key)) {
        return new Read(read(index.getPositions(key).iterator()), false, -1);
      }
    }
    if (sort != null || !filter.isEmpty()) {
      List<SecondaryIndex> secondary =
          getIndexes().stream()
              .filter(SecondaryIndex.class::isInstance)
              .map(SecondaryIndex.class::cast)
              .toList();
      Optional<IndexScan> scan = IndexPlanner.plan(secondary, filter, sort, wanted, count());
      if (scan.isPresent()) {
        IndexScan chosen = scan.get();
        long exactCount = chosen.exact() ? chosen.entries() : -1;
        return new Read(read(chosen.positions()), chosen.sortServed(), exactCount);
      }
    }
    var all = documents.cursor(null, null, descending);
    Stream<Object> keys = StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, 0), false);
    return new Read(keys.map(key -> all.getValue()), false, -1);
  }

  /** The filter's terms on the fields of a unique index, or null unless it has all of them. */
  private static Document uniqueKeyOf(Index<Object> index, Document filter) {
    if (!index.isUnique()) {
      return null;
    }
    Document key = new Document();
    for (IndexKey indexKey : index.getKeys()) {
      if (!filter.containsKey(indexKey.getKey())) {
        return null;
      }
      key.put(indexKey.getKey(), filter.get(indexKey.getKey()));
    }
    return key;
  }

  private Stream<Document> read(Iterator<Object> positions) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(positions, 0), false)
        .map(documents::get)
        .filter(document -> document != null);
  }

  private static boolean isDescending(Document sort) {
    return ((Number) sort.get("$natural")).intValue() < 0;
  }
}
