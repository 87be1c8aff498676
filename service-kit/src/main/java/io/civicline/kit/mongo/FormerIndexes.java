package io.civicline.kit.mongo;

import java.util.Collection;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;

/** A store upgrade's first step: drops the indexes an earlier schema had, where they remain. */
public final class FormerIndexes {

  private FormerIndexes() {}

  public static void drop(IndexOperations indexes, Collection<String> names) {
    indexes.getIndexInfo().stream()
        .map(IndexInfo::getName)
        .filter(names::contains)
        .forEach(indexes::dropIndex);
  }
}
