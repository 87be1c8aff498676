package io.civicline.mediation.web;

import static io.civicline.mediation.web.ConsolePages.blankToNull;

import io.civicline.mediation.domain.Advice;
import io.civicline.mediation.domain.AgreementType;
import io.civicline.mediation.domain.CloseCase;
import io.civicline.mediation.domain.DeclineReason;
import io.civicline.mediation.domain.Outcome;
import io.civicline.mediation.domain.Performance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields of the small forms under a case; each action reads the ones it needs, with the limits
 * of the API's requests. {@code version} is the case's version the user saw, so that a change made
 * meanwhile is not overwritten.
 */
class ActionForm {

  static final int MAX_CODE = 40;
  static final int MAX_NOTE = 1000;
  static final int MAX_LONG_NOTE = 2000;
  static final int MAX_SESSION_NOTES = 4000;
  static final int MAX_PARTICIPANTS = 30;
  static final int MAX_NAME = 50;
  static final int AMOUNT_DIGITS = 12;
  static final int AMOUNT_DECIMALS = 2;

  /** Names in the participants field are separated by lines, commas or 、. */
  private static final String NAME_SEPARATORS = "[\\n\\r,，、;；]+";

  private Long version;
  private String mediator;
  private String body;
  private String note;
  private String reason;
  private DeclineReason declineReason;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate date;

  private String participants;
  private String notes;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate deadline;

  private boolean partiesConsent;
  private Outcome outcome;
  private AgreementType agreementType;
  private BigDecimal amount;
  private Advice advice;
  private String transferredTo;
  private Performance performance;
  private String court;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate appliedAt;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate confirmedAt;

  /** The fields this action needs but lacks, or has wrong, by their names in the form. */
  List<String> problemsFor(ConsoleAction action) {
    List<String> bad = new ArrayList<>();
    int maxNote = MAX_NOTE;
    switch (action) {
      case ASSIGN -> {
        require(bad, "mediator", mediator, MAX_CODE);
        limit(bad, "body", body, MAX_CODE);
      }
      case SESSION -> {
        if (date == null) {
          bad.add("date");
        }
        List<String> names = participantList();
        if (names.size() > MAX_PARTICIPANTS
            || names.stream().anyMatch(n -> n.length() > MAX_NAME)) {
          bad.add("participants");
        }
        limit(bad, "notes", notes, MAX_SESSION_NOTES);
      }
      case EXTEND -> {
        if (deadline == null) {
          bad.add("deadline");
        }
        if (!partiesConsent) {
          bad.add("partiesConsent");
        }
        require(bad, "reason", reason, MAX_NOTE);
      }
      case CLOSE -> {
        checkClosing(bad);
        maxNote = MAX_LONG_NOTE;
      }
      case DECLINE -> {
        if (declineReason == null) {
          bad.add("declineReason");
        }
      }
      case FOLLOW_UP -> {
        if (performance == null) {
          bad.add("performance");
        }
        maxNote = MAX_LONG_NOTE;
      }
      case CONFIRM_JUDICIALLY -> {
        require(bad, "court", court, MAX_CODE);
        if (appliedAt == null) {
          bad.add("appliedAt");
        }
      }
      case REOPEN -> require(bad, "reason", reason, MAX_NOTE);
    }
    limit(bad, "note", note, maxNote);
    return bad;
  }

  /** What goes with the chosen outcome; the fields of the other outcomes are not looked at. */
  private void checkClosing(List<String> bad) {
    if (outcome == null) {
      bad.add("outcome");
      return;
    }
    switch (outcome) {
      case SUCCESS -> {
        if (agreementType == null) {
          bad.add("agreementType");
        }
        if (amount != null
            && (amount.signum() < 0
                || amount.scale() > AMOUNT_DECIMALS
                || amount.precision() - amount.scale() > AMOUNT_DIGITS)) {
          bad.add("amount");
        }
      }
      case FAILED -> {
        if (advice == null) {
          bad.add("advice");
        }
      }
      case TRANSFERRED -> require(bad, "transferredTo", transferredTo, MAX_CODE);
      case WITHDRAWN -> {
        // nothing goes with a withdrawal
      }
    }
  }

  CloseCase closeCommand() {
    return new CloseCase(
        outcome,
        outcome == Outcome.SUCCESS ? agreementType : null,
        outcome == Outcome.SUCCESS ? amount : null,
        outcome == Outcome.FAILED ? advice : null,
        outcome == Outcome.TRANSFERRED ? blankToNull(transferredTo) : null,
        noteOrNull());
  }

  /** The names of the session's participants, one per line or separated by commas. */
  List<String> participantList() {
    if (participants == null) {
      return List.of();
    }
    return Arrays.stream(participants.split(NAME_SEPARATORS))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  /** The note as the desk takes it: none when left empty. */
  String noteOrNull() {
    return blankToNull(note);
  }

  private static void require(List<String> bad, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      bad.add(field);
    } else {
      limit(bad, field, value, max);
    }
  }

  private static void limit(List<String> bad, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      bad.add(field);
    }
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getMediator() {
    return mediator;
  }

  public void setMediator(String mediator) {
    this.mediator = mediator;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
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

  public DeclineReason getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(DeclineReason declineReason) {
    this.declineReason = declineReason;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getParticipants() {
    return participants;
  }

  public void setParticipants(String participants) {
    this.participants = participants;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public boolean isPartiesConsent() {
    return partiesConsent;
  }

  public void setPartiesConsent(boolean partiesConsent) {
    this.partiesConsent = partiesConsent;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }

  public AgreementType getAgreementType() {
    return agreementType;
  }

  public void setAgreementType(AgreementType agreementType) {
    this.agreementType = agreementType;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Advice getAdvice() {
    return advice;
  }

  public void setAdvice(Advice advice) {
    this.advice = advice;
  }

  public String getTransferredTo() {
    return transferredTo;
  }

  public void setTransferredTo(String transferredTo) {
    this.transferredTo = transferredTo;
  }

  public Performance getPerformance() {
    return performance;
  }

  public void setPerformance(Performance performance) {
    this.performance = performance;
  }

  public String getCourt() {
    return court;
  }

  public void setCourt(String court) {
    this.court = court;
  }

  public LocalDate getAppliedAt() {
    return appliedAt;
  }

  public void setAppliedAt(LocalDate appliedAt) {
    this.appliedAt = appliedAt;
  }

  public LocalDate getConfirmedAt() {
    return confirmedAt;
  }

  public void setConfirmedAt(LocalDate confirmedAt) {
    this.confirmedAt = confirmedAt;
  }
}
