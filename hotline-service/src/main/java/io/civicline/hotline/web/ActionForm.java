package io.civicline.hotline.web;

import io.civicline.hotline.domain.CallbackRating;
import io.civicline.hotline.domain.ReplyResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields of the small forms under a ticket; each action reads the ones it needs. {@code
 * version} is the ticket's version the user saw, so that a change made meanwhile is not
 * overwritten.
 */
class ActionForm {

  static final int MAX_NOTE = 1000;
  static final int MAX_REPLY = 2000;
  static final int MAX_ORIGINAL = 64;

  private Long version;
  private String department;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate deadline;

  private String note;
  private String reason;
  private ReplyResult result;
  private CallbackRating rating;
  private Boolean solved;
  private String original;

  /** The fields this action needs but lacks, or has too long, by their names in the form. */
  List<String> problemsFor(ConsoleAction action) {
    List<String> bad = new ArrayList<>();
    switch (action) {
      case DISPATCH -> require(bad, "department", department, 40);
      case RETURN, REOPEN -> require(bad, "reason", reason, MAX_NOTE);
      case REQUEST_EXTENSION -> {
        if (deadline == null) {
          bad.add("deadline");
        }
        require(bad, "reason", reason, MAX_NOTE);
      }
      case REPLY -> {
        if (result == null) {
          bad.add("result");
        }
        require(bad, "note", note, MAX_REPLY);
      }
      case CALLBACK -> {
        if (rating == null) {
          bad.add("rating");
        } else if (rating.reachedCitizen() == (solved == null)) {
          // A rated callback asks whether the problem is solved; an unreachable citizen says
          // nothing.
          bad.add("solved");
        }
      }
      case DUPLICATE_OF -> require(bad, "original", original, MAX_ORIGINAL);
      default -> {
        // sign, decisions on extensions, close, refer, supervise, urge: a note at most
      }
    }
    if (action != ConsoleAction.REPLY && note != null && note.length() > MAX_NOTE) {
      bad.add("note");
    }
    return bad;
  }

  private static void require(List<String> bad, String field, String value, int max) {
    if (value == null || value.isBlank() || value.length() > max) {
      bad.add(field);
    }
  }

  /** The note as the desk takes it: none when left empty. */
  String noteOrNull() {
    return ConsolePages.blankToNull(note);
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public ReplyResult getResult() {
    return result;
  }

  public void setResult(ReplyResult result) {
    this.result = result;
  }

  public CallbackRating getRating() {
    return rating;
  }

  public void setRating(CallbackRating rating) {
    this.rating = rating;
  }

  public Boolean getSolved() {
    return solved;
  }

  public void setSolved(Boolean solved) {
    this.solved = solved;
  }

  public String getOriginal() {
    return original;
  }

  public void setOriginal(String original) {
    this.original = original;
  }
}
