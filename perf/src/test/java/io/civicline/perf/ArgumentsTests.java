package io.civicline.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentsTests {

  private static final Map<String, String> DEFAULTS =
      Map.of("rate", "500", "seconds", "60", "record-size", "", "stats", "http://127.0.0.1:8083");

  @Test
  void givenOptionsWinOverTheDefaults() {
    Arguments arguments = Arguments.parse(new String[] {"--rate=200", "--seconds= 5 "}, DEFAULTS);

    assertThat(arguments.number("rate", 1)).isEqualTo(200);
    assertThat(arguments.seconds("seconds", 1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(arguments.text("stats")).isEqualTo("http://127.0.0.1:8083");
  }

  @Test
  void anEmptyDefaultMeansNotGivenUntilTheUserGivesIt() {
    assertThat(Arguments.parse(new String[0], DEFAULTS).has("record-size")).isFalse();
    assertThat(Arguments.parse(new String[] {"--record-size=300"}, DEFAULTS).has("record-size"))
        .isTrue();
  }

  @Test
  void theScriptsNoBuildFlagIsIgnored() {
    assertThat(Arguments.parse(new String[] {"--no-build"}, DEFAULTS).number("rate", 1))
        .isEqualTo(500);
  }

  @Test
  void anOptionTheProgramDoesNotTakeIsRefused() {
    assertThatThrownBy(() -> Arguments.parse(new String[] {"--rat=200"}, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown option '--rat=200' (see --help).");
    assertThatThrownBy(() -> Arguments.parse(new String[] {"rate=200"}, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Arguments.parse(new String[] {"--rate"}, DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNumberBelowItsLeastOrNotANumberIsRefusedWithTheOptionsName() {
    Arguments arguments = Arguments.parse(new String[] {"--rate=0", "--seconds=soon"}, DEFAULTS);

    assertThatThrownBy(() -> arguments.number("rate", 1))
        .hasMessage("--rate must be at least 1, not 0.");
    assertThatThrownBy(() -> arguments.seconds("seconds", 1))
        .hasMessage("--seconds must be a number, not 'soon'.");
  }

  @Test
  void helpIsAskedWithEitherSpelling() {
    assertThat(Arguments.wantsHelp(new String[] {"--rate=1", "-h"})).isTrue();
    assertThat(Arguments.wantsHelp(new String[] {"--help"})).isTrue();
    assertThat(Arguments.wantsHelp(new String[] {"--rate=1"})).isFalse();
  }

  @Test
  void theStacksAddressesDefaultToThoseOfRunShAndOnlyTheNamedOnesAreTaken() {
    Map<String, String> defaults = Arguments.withAddresses(Map.of("cases", "10"), "stats");

    assertThat(Arguments.parse(new String[0], defaults).text("stats"))
        .isEqualTo("http://127.0.0.1:8083");
    assertThatThrownBy(
            () -> Arguments.parse(new String[] {"--hotline=http://127.0.0.1:1"}, defaults))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
