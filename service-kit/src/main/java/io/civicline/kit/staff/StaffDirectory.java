package io.civicline.kit.staff;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.problem.UnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * The city's staff accounts in MongoDB ({@code civicline.staff.mongodb-uri}, collection {@code
 * staff_accounts}, keyed by user name), shared by the three services. It has its own client: the
 * stats service has no database of its own, and the case services' databases are theirs alone.
 */
public class StaffDirectory implements AutoCloseable {

  static final String COLLECTION = "staff_accounts";
  static final String DEFAULT_DATABASE = "civicline-staff";

  /** More accounts than a city's hotline and mediation staff; the list pages show them all. */
  private static final int MAX_LISTED = 5_000;

  private final MongoClient client;
  private final MongoCollection<Document> accounts;

  public StaffDirectory(String uri, Duration serverSelection) {
    ConnectionString connection = new ConnectionString(uri);
    this.client =
        MongoClients.create(
            MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applyToClusterSettings(
                    cluster ->
                        cluster.serverSelectionTimeout(
                            serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                .build());
    String database =
        connection.getDatabase() == null ? DEFAULT_DATABASE : connection.getDatabase();
    this.accounts = client.getDatabase(database).getCollection(COLLECTION);
  }

  /** The account of {@code userName}, read once per HTTP request ({@link RequestAccounts}). */
  public Optional<StaffAccount> find(String userName) {
    return RequestAccounts.find(
        userName,
        name ->
            reach(
                () ->
                    Optional.ofNullable(accounts.find(Filters.eq("_id", name)).first())
                        .map(StaffDocuments::account)));
  }

  public List<StaffAccount> all() {
    return reach(
        () ->
            accounts
                .find()
                .sort(Sorts.ascending("_id"))
                .limit(MAX_LISTED)
                .into(new ArrayList<>())
                .stream()
                .map(StaffDocuments::account)
                .toList());
  }

  /** Stores a new account; 409 when the user name is taken. */
  void insert(StaffAccount account) {
    RequestAccounts.forget(account.userName());
    reach(
        () -> {
          try {
            accounts.insertOne(StaffDocuments.of(account));
          } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
              throw new ConflictException(
                  "The user name " + account.userName() + " is taken.", null);
            }
            throw e;
          }
          return null;
        });
  }

  /** Replaces the account if it is still at the version before {@code next}'s. */
  boolean replace(StaffAccount next) {
    RequestAccounts.forget(next.userName());
    return reach(
        () ->
            accounts
                    .replaceOne(
                        Filters.and(
                            Filters.eq("_id", next.userName()),
                            Filters.eq("version", next.version() - 1)),
                        StaffDocuments.of(next))
                    .getMatchedCount()
                == 1);
  }

  @Override
  public void close() {
    client.close();
  }

  /** A directory out of reach is a 503, as the services' own databases are. */
  private static <T> T reach(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (MongoWriteException e) {
      throw e;
    } catch (MongoException e) {
      throw new UnavailableException("The staff directory is not reachable", e);
    }
  }
}
