package io.civicline.kit.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

class PagerLinksTests {

  @Test
  void theOnlyPageLinksNeitherFirstNorNext() {
    assertThat(PagerLinks.of("/console", " ", null)).isEqualTo(new PagerLinks(null, null));
  }

  @Test
  void aLaterPageLinksTheFirstAndTheNextAfterItsCursor() {
    ExtendedModelMap model = new ExtendedModelMap();

    PagerLinks.of("/console", "0.abc", "1.def~x").addTo(model);

    assertThat(model)
        .containsEntry("first", "/console")
        .containsEntry("next", "/console?after=1.def~x");
  }
}
