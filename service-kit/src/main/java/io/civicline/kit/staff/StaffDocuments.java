package io.civicline.kit.staff;

import java.util.Date;
import java.util.List;
import org.bson.Document;

/** A staff account as a MongoDB document and back; the user name is the {@code _id}. */
final class StaffDocuments {

  private StaffDocuments() {}

  static Document of(StaffAccount account) {
    StaffDetails details = account.details();
    return new Document("_id", account.userName())
        .append("displayName", details.displayName())
        .append("role", details.role())
        .append("department", details.department())
        .append("mediator", details.mediator())
        .append("body", details.body())
        .append("district", details.district())
        .append("enabled", account.enabled())
        .append("passwordHash", account.passwordHash())
        .append("passwordChangeRequired", account.passwordChangeRequired())
        .append("createdAt", Date.from(account.createdAt()))
        .append("createdBy", account.createdBy())
        .append("updatedAt", Date.from(account.updatedAt()))
        .append("updatedBy", account.updatedBy())
        .append("version", account.version())
        .append(
            "history",
            account.history().stream()
                .map(
                    change ->
                        new Document("at", Date.from(change.at()))
                            .append("by", change.by())
                            .append("what", change.what()))
                .toList());
  }

  static StaffAccount account(Document document) {
    return new StaffAccount(
        document.getString("_id"),
        new StaffDetails(
            document.getString("displayName"),
            document.getString("role"),
            document.getString("department"),
            document.getString("mediator"),
            document.getString("body"),
            document.getString("district")),
        document.getBoolean("enabled", false),
        document.getString("passwordHash"),
        document.getBoolean("passwordChangeRequired", false),
        document.getDate("createdAt").toInstant(),
        document.getString("createdBy"),
        document.getDate("updatedAt").toInstant(),
        document.getString("updatedBy"),
        document.get("version", Number.class).longValue(),
        document.getList("history", Document.class, List.of()).stream()
            .map(
                change ->
                    new StaffChange(
                        change.getDate("at").toInstant(),
                        change.getString("by"),
                        change.getString("what")))
            .toList());
  }
}
