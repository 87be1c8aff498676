package io.civicline.kit.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.kit.problem.RecordConflictException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionedActionsTests {

  record Note(String id, long version, String text) {}

  final Map<String, Note> stored = new HashMap<>();

  final VersionedActions<Note, Note> actions =
      new VersionedActions<>("note", Note::id, Note::version, stored::get, this::update);

  boolean update(Note change, long expectedVersion) {
    if (stored.get(change.id()).version() != expectedVersion) {
      return false;
    }
    stored.put(change.id(), change);
    return true;
  }

  Note stored(long version, String text) {
    Note note = new Note("n-1", version, text);
    stored.put(note.id(), note);
    return note;
  }

  static Note edited(Note note) {
    return new Note(note.id(), note.version() + 1, note.text() + "!");
  }

  @Test
  void anActionOnTheVersionTheUserSawIsWritten() {
    Note seen = stored(3, "hello");

    Note done = actions.take(seen, 3L, "edit", VersionedActionsTests::edited);

    assertThat(done.text()).isEqualTo("hello!");
    assertThat(stored.get("n-1")).isEqualTo(done);
  }

  @Test
  void anActionOnAnOlderVersionIsAConflictShowingTheCurrentRecord() {
    Note current = stored(4, "hello");

    assertThatThrownBy(() -> actions.take(current, 3L, "edit", VersionedActionsTests::edited))
        .isInstanceOfSatisfying(
            RecordConflictException.class,
            e -> {
              assertThat(e.record(Note.class)).isEqualTo(current);
              assertThat(RecordConflictException.versionOf(e)).isEqualTo(4L);
            })
        .hasMessageContaining("version 3, now 4");
    assertThat(stored.get("n-1")).isEqualTo(current);
  }

  @Test
  void anActionTheStateMachineRefusesIsAConflictNamingIt() {
    Note current = stored(1, "hello");

    assertThatThrownBy(
            () ->
                actions.take(
                    current,
                    null,
                    "edit",
                    n -> {
                      throw new TransitionRefusedException(n, "it is sealed");
                    }))
        .isInstanceOfSatisfying(
            RecordConflictException.class,
            e -> assertThat(RecordConflictException.versionOf(e)).isEqualTo(1L))
        .hasMessage("Cannot edit this note: it is sealed.");
  }

  @Test
  void aChangeSomeoneElseWroteFirstIsAConflictShowingTheirs() {
    Note seen = stored(1, "hello");
    Note theirs = stored(2, "theirs");

    assertThatThrownBy(() -> actions.take(seen, 1L, "edit", VersionedActionsTests::edited))
        .isInstanceOfSatisfying(
            RecordConflictException.class,
            e -> {
              assertThat(e.record(Note.class)).isEqualTo(theirs);
              assertThat(RecordConflictException.versionOf(e)).isEqualTo(2L);
            });
    assertThat(stored.get("n-1")).isEqualTo(theirs);
  }
}
