package io.civicline.kit.files;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The files of records, in a MongoDB GridFS bucket: each file under the id of the record it belongs
 * to (its owner, in the file's metadata) and its type. The stored name is the owner's id: a
 * sender's file name can be personal and is never kept.
 */
public class GridFsFiles {

  private static final String OWNER = "owner";
  private static final String TYPE = "type";

  private final GridFSBucket bucket;

  public GridFsFiles(MongoDatabase database, String bucketName) {
    this.bucket = GridFSBuckets.create(database, bucketName);
  }

  /** Stores {@code file} as one of {@code owner}'s; returns its id. */
  public String save(String owner, CheckedFile file) {
    GridFSUploadOptions options =
        new GridFSUploadOptions()
            .metadata(new Document(OWNER, owner).append(TYPE, file.type().mediaType()));
    return bucket
        .uploadFromStream(owner, new ByteArrayInputStream(file.content()), options)
        .toHexString();
  }

  /** {@code owner}'s file of this id; empty when there is none, or it is another owner's. */
  public Optional<StoredFile> find(String owner, String id) {
    if (!ObjectId.isValid(id)) {
      return Optional.empty();
    }
    ObjectId fileId = new ObjectId(id);
    GridFSFile found =
        bucket
            .find(Filters.and(Filters.eq("_id", fileId), Filters.eq("metadata." + OWNER, owner)))
            .first();
    if (found == null || found.getMetadata() == null) {
      return Optional.empty();
    }
    FileType type = FileType.ofMediaType(found.getMetadata().getString(TYPE));
    if (type == null) {
      return Optional.empty();
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream((int) found.getLength());
    bucket.downloadToStream(fileId, content);
    return Optional.of(new StoredFile(id, type, content.toByteArray()));
  }

  /** Removes a file saved for a change that was then refused; nothing when it is gone already. */
  public void delete(String id) {
    try {
      bucket.delete(new ObjectId(id));
    } catch (com.mongodb.MongoGridFSException gone) {
      // no such file: nothing to remove
    }
  }
}
