package io.civicline.hotline.domain;

import static io.civicline.hotline.domain.TicketTests.NOW;
import static io.civicline.hotline.domain.TicketTests.SLA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the public may follow of a ticket: its public steps, a reply's public part, no note. */
class PublicProgressTests {

  private static final String NOTE = "已联系张三 13800000000 上门维修";

  @Test
  void aReplyStepCarriesItsPublicPartAndNoStepCarriesANote() {
    Ticket replied =
        TicketTests.signed()
            .reply(ReplyResult.RESOLVED, NOTE, "供热管道已更换", "heating", later(1))
            .ticket();

    assertThat(PublicProgress.of(replied))
        .extracting(PublicProgress.Step::action, PublicProgress.Step::publicReply)
        .containsExactly(
            tuple(TicketAction.RECEIVE, null),
            tuple(TicketAction.DISPATCH, null),
            tuple(TicketAction.REPLY, "供热管道已更换"));
    assertThat(PublicProgress.of(replied).toString()).doesNotContain(NOTE);
    assertThat(PublicProgress.last(replied).orElseThrow().department()).isNull();
  }

  @Test
  void aReplyWithoutAPublicPartShowsNone() {
    Ticket replied =
        TicketTests.signed().reply(ReplyResult.RESOLVED, NOTE, null, "heating", later(1)).ticket();

    PublicProgress.Step last = PublicProgress.last(replied).orElseThrow();
    assertThat(last.action()).isEqualTo(TicketAction.REPLY);
    assertThat(last.publicReply()).isNull();
  }

  @Test
  void aReopenedTicketRepliedAgainShowsTheNewPublicPartAndKeepsTheFirst() {
    Ticket reopened =
        TicketTests.signed()
            .reply(ReplyResult.EXPLAINED, NOTE, "按政策暂不能更换", "heating", later(1))
            .ticket()
            .callback(CallbackRating.UNSATISFIED, false, null, "agent", later(2))
            .ticket()
            .reopen("市民不满意", "agent", later(3))
            .ticket();
    assertThat(PublicProgress.last(reopened).orElseThrow().publicReply()).isNull();

    Ticket repliedAgain =
        reopened
            .dispatch("HEATING_CO", null, SLA, "agent", null, later(4))
            .ticket()
            .reply(ReplyResult.RESOLVED, "再次上门", "已更换新散热器", "heating", later(5))
            .ticket();

    assertThat(PublicProgress.last(repliedAgain).orElseThrow().publicReply()).isEqualTo("已更换新散热器");
    assertThat(PublicProgress.of(repliedAgain))
        .filteredOn(step -> step.action() == TicketAction.REPLY)
        .extracting(PublicProgress.Step::publicReply)
        .containsExactly("按政策暂不能更换", "已更换新散热器");
  }

  private static Instant later(int hours) {
    return NOW.plus(Duration.ofHours(hours));
  }
}
