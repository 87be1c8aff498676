package io.civicline.stats.figures;

import static io.civicline.stats.TicketEvents.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class HotlineFiguresTests {

  private final HotlineFigures figures = new HotlineFigures(ZoneId.of("Asia/Shanghai"));

  @Test
  void aReceivedTicketCountsInItsDayMonthAndYearForTheCityAndItsDistrict() {
    var snapshot = received("t1", "YIMEI", Instant.parse("2026-03-14T16:30:00Z")).snapshot();

    assertThat(figures.keysOf(snapshot))
        .extracting(FigureKey::encode)
        .containsExactlyInAnyOrder(
            "received|2026-03-15|CITY",
            "received|2026-03|CITY",
            "received|2026|CITY",
            "received|2026-03-15|DISTRICT:YIMEI",
            "received|2026-03|DISTRICT:YIMEI",
            "received|2026|DISTRICT:YIMEI");
  }

  @Test
  void aTicketWithoutDistrictCountsForTheCityOnly() {
    var snapshot = received("t1", null, Instant.parse("2026-03-14T01:00:00Z")).snapshot();

    assertThat(figures.keysOf(snapshot))
        .extracting(FigureKey::breakdown)
        .containsOnly(Breakdown.CITY);
  }

  @Test
  void aDuplicateCountsOnceWithItsOriginalSoNotItself() {
    Instant at = Instant.parse("2026-03-14T01:00:00Z");
    var snapshot = received("t2", "YIMEI", at).snapshot().asDuplicateOf("t1", at.plusSeconds(60));

    assertThat(figures.keysOf(snapshot)).isEmpty();
  }

  @Test
  void aTicketNotYetReceivedCountsNowhere() {
    var snapshot = received("t1", "YIMEI", null).snapshot();

    assertThat(figures.keysOf(snapshot)).isEmpty();
    assertThat(figures.keysOf(null)).isEmpty();
  }

  @Test
  void aDistrictCodeThatCannotBeAKeyIsRefused() {
    var snapshot = received("t1", "YI|MEI", Instant.parse("2026-03-14T01:00:00Z")).snapshot();

    assertThatIllegalArgumentException().isThrownBy(() -> figures.keysOf(snapshot));
  }

  @Test
  void theKeysForAPeriodListEveryFigure() {
    assertThat(figures.keysFor(Period.parse("2026-03"), Breakdown.district("WUCUI")))
        .extracting(FigureKey::encode)
        .containsExactly("received|2026-03|DISTRICT:WUCUI");
  }

  @Test
  void aKeyReadsBackFromItsText() {
    var key = new FigureKey("received", Period.parse("2026-03-15"), Breakdown.district("YIMEI"));

    assertThat(FigureKey.decode(key.encode())).isEqualTo(key);
    assertThat(FigureKey.decode("received|2026|CITY"))
        .isEqualTo(new FigureKey("received", Period.parse("2026"), Breakdown.CITY));
  }
}
