package io.civicline.mediation.store;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.stereotype.Component;

/**
 * Brings a database written by an earlier version up to this one, before the referral listener
 * starts (a singleton's initialisation precedes the listener containers' start): drops the unique
 * index that allowed one case per ticket, which would refuse a ticket's second referral.
 */
@Component
class CaseStoreUpgrade implements InitializingBean {

  /** The index of one case per ticket, replaced by one case per referral. */
  static final String ONE_CASE_PER_TICKET = "referral_ticket";

  private final MongoTemplate mongo;

  CaseStoreUpgrade(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    var indexes = mongo.indexOps(CaseDocument.class);
    if (indexes.getIndexInfo().stream()
        .map(IndexInfo::getName)
        .anyMatch(ONE_CASE_PER_TICKET::equals)) {
      indexes.dropIndex(ONE_CASE_PER_TICKET);
    }
  }
}
