package io.civicline.mediation.store;

import io.civicline.kit.lists.StoreUpgrades;
import io.civicline.kit.mongo.FormerIndexes;
import io.civicline.mediation.domain.ClosingTime;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Brings a database written by an earlier version up to this one, before the referral listener
 * starts (a singleton's initialisation precedes the listener containers' start): drops the unique
 * index that allowed one case per ticket, which would refuse a ticket's second referral, and the
 * indexes an earlier schema had for the versioned filter, the overdue watcher and the lists this
 * version replaced; lists the closings of cases stored before closings were (from their audit
 * trail); and gives each case stored before the word search its {@code words}, a batch at a time.
 */
@Component
public class CaseStoreUpgrade implements InitializingBean {

  /** The index of one case per ticket, replaced by one case per referral. */
  static final String ONE_CASE_PER_TICKET = "referral_ticket";

  /** Indexes this version no longer has. */
  static final List<String> FORMER_INDEXES = List.of(ONE_CASE_PER_TICKET, "id_version", "deadline");

  private final MongoTemplate mongo;

  CaseStoreUpgrade(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    FormerIndexes.drop(mongo.indexOps(CaseDocument.class), FORMER_INDEXES);
    FormerIndexes.drop(mongo.indexOps(CaseDocument.class), CaseDocument.SUPERSEDED_INDEXES);
    listClosings();
    fillWords();
  }

  /** Writes the words of every case without them; returns how many it wrote. */
  public int fillWords() {
    return StoreUpgrades.fillWords(
        mongo,
        CaseDocument.class,
        CaseDocument::id,
        stored -> CaseDocument.words(stored.mediationCase()));
  }

  /**
   * Writes {@code closings} on each case without it, if unchanged since read: a case changed
   * meanwhile got them from the store's update. Returns how many it wrote.
   */
  public int listClosings() {
    return StoreUpgrades.fill(
        mongo,
        CaseDocument.class,
        Criteria.where(CaseDocument.CLOSINGS).exists(false),
        stored -> Update.update(CaseDocument.CLOSINGS, ClosingTime.all(stored.mediationCase())),
        stored ->
            StoreUpgrades.atVersion(
                stored.id(), CaseDocument.VERSION, stored.mediationCase().version()));
  }
}
