package io.civicline.perf.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportComparisonTests {

  @Test
  void readsQuotedFieldsEmptyCellsAndTheByteOrderMark() {
    String csv =
        "\uFEFFDistrict,Received,Rate (%)\r\n\"Yimei, district\",12,\r\n\"say \"\"hi\"\"\",3,98.6\r\n";

    assertThat(ReportComparison.csv(csv))
        .containsExactly(
            List.of("District", "Received", "Rate (%)"),
            List.of("Yimei, district", "12", ""),
            List.of("say \"hi\"", "3", "98.6"));
  }
}
