package io.civicline.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyTimelineTests {

  private static final long ORIGIN = 5_000_000_000L;
  private static final long MS = 1_000_000L;

  @Test
  void latenciesAreSummarizedPerSecondTheyWereDueIn() {
    LatencyTimeline timeline = new LatencyTimeline(ORIGIN);
    timeline.record(ORIGIN + 100 * MS, 10 * MS);
    timeline.record(ORIGIN + 900 * MS, 30 * MS);
    timeline.record(ORIGIN + 2_500 * MS, 7 * MS);

    assertThat(timeline.perSecond())
        .containsExactly(
            new LatencySummary(2, 10 * MS, 30 * MS, 30 * MS),
            LatencySummary.NONE,
            new LatencySummary(1, 7 * MS, 7 * MS, 7 * MS));
  }

  @Test
  void chartSeriesSkipSecondsWithoutRequests() {
    LatencyTimeline timeline = new LatencyTimeline(ORIGIN);
    timeline.record(ORIGIN, 4 * MS);
    timeline.record(ORIGIN + 2_000 * MS, 8 * MS);

    var series = timeline.series();

    assertThat(series).extracting(LineChart.Series::name).containsExactly("p50", "p99", "max");
    assertThat(series.get(1).points())
        .containsExactly(new double[] {0, 4.0}, new double[] {2, 8.0});
  }

  @Test
  void chartAxesEndAtTheNextRoundNumber() {
    assertThat(LineChart.niceCeiling(0)).isEqualTo(1);
    assertThat(LineChart.niceCeiling(87)).isEqualTo(100);
    assertThat(LineChart.niceCeiling(101)).isEqualTo(200);
    assertThat(LineChart.niceCeiling(230)).isEqualTo(250);
    assertThat(LineChart.niceCeiling(0.3)).isEqualTo(0.5);
  }

  @Test
  void aChartIsWrittenAsAPngImage(@TempDir Path folder) throws Exception {
    LatencyTimeline timeline = new LatencyTimeline(ORIGIN);
    for (int second = 0; second < 90; second++) {
      timeline.record(ORIGIN + second * 1_000 * MS, (20 + second % 7) * MS);
    }
    Path png = folder.resolve("charts/latency.png");

    LineChart.write(png, "latency", "seconds", "ms", timeline.series());

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(960);
    assertThat(image.getHeight()).isEqualTo(480);
  }
}
