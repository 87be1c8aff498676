package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.events.TopicRetention;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackOptionsTests {

  private static final Path HERE = Path.of("").toAbsolutePath();

  @Test
  void withoutOptionsTheDefaultsOfDesignMdApply() {
    StackOptions options = StackOptions.parse(new String[0], Map.of());

    assertThat(options.projectDir()).isEqualTo(HERE);
    assertThat(options.data()).isEqualTo(HERE.resolve("data"));
    assertThat(options.kafkaPort()).isEqualTo(9092);
    assertThat(options.kafkaControllerPort()).isEqualTo(9093);
    assertThat(options.mongoPort()).isEqualTo(27017);
    assertThat(options.mongoBackend()).isEqualTo(StackOptions.MongoBackend.FILE);
    assertThat(options.hotlinePort()).isEqualTo(8081);
    assertThat(options.mediationPort()).isEqualTo(8082);
    assertThat(options.statsPort()).isEqualTo(8083);
    assertThat(options.startupTimeout()).isEqualTo(Duration.ofSeconds(120));
    assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(options.isOpen()).isFalse();
    assertThat(options.retention()).isEqualTo(TopicRetention.DEFAULTS);
  }

  @Test
  void theBindAddressOpensTheStackAndTheServicesStillReachItOnTheLoopback() {
    StackOptions open = StackOptions.parse(new String[] {"--bind-address=0.0.0.0"}, Map.of());
    StackOptions fromEnvironment =
        StackOptions.parse(new String[0], Map.of("CIVICLINE_BIND_ADDRESS", "127.0.0.2"));

    assertThat(open.bindAddress()).isEqualTo("0.0.0.0");
    assertThat(open.isOpen()).isTrue();
    assertThat(open.localAddress()).isEqualTo("127.0.0.1");
    assertThat(open.advertisedAddress()).isNotEqualTo("0.0.0.0");
    assertThat(fromEnvironment.bindAddress()).isEqualTo("127.0.0.2");
    assertThat(fromEnvironment.localAddress()).isEqualTo("127.0.0.2");
  }

  @Test
  void aBindAddressThatIsNotThisMachinesIsRefused() {
    assertThatThrownBy(
            () -> StackOptions.parse(new String[] {"--bind-address=192.0.2.1"}, Map.of()))
        .isInstanceOf(OptionException.class)
        .hasMessageContaining("--bind-address=")
        .hasMessageContaining("CIVICLINE_BIND_ADDRESS")
        .hasMessageContaining("'192.0.2.1'");
  }

  @Test
  void theReferralRetentionsAreTimesInDaysHoursMinutesOrSeconds() {
    StackOptions options =
        StackOptions.parse(
            new String[] {"--referral-retention=7d"},
            Map.of("CIVICLINE_REFERRAL_DLQ_RETENTION", "36h"));

    assertThat(options.retention())
        .isEqualTo(new TopicRetention(Duration.ofDays(7), Duration.ofHours(36)));
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--referral-retention=-1"}, Map.of()))
        .isInstanceOf(OptionException.class)
        .hasMessageContaining("30d, 12h, 90m or 45s");
    assertThatThrownBy(
            () -> StackOptions.parse(new String[] {"--referral-dlq-retention=forever"}, Map.of()))
        .hasMessageContaining("CIVICLINE_REFERRAL_DLQ_RETENTION");
  }

  @Test
  void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheDefault() {
    StackOptions options =
        StackOptions.parse(
            new String[] {"--kafka-port=19092", "--mongo-backend=memory"},
            Map.of("CIVICLINE_KAFKA_PORT", "29092", "CIVICLINE_STATS_PORT", "18083"));

    assertThat(options.kafkaPort()).isEqualTo(19092);
    assertThat(options.statsPort()).isEqualTo(18083);
    assertThat(options.mongoBackend()).isEqualTo(StackOptions.MongoBackend.MEMORY);
    assertThat(options.hotlinePort()).isEqualTo(8081);
  }

  @Test
  void theDataFolderFollowsTheProjectFolderUnlessGiven(@org.junit.jupiter.api.io.TempDir Path dir) {
    StackOptions underProject = StackOptions.parse(new String[] {"--project-dir=" + dir}, Map.of());
    StackOptions elsewhere =
        StackOptions.parse(
            new String[] {"--project-dir=" + dir}, Map.of("CIVICLINE_DATA", dir + "/other"));

    assertThat(underProject.data()).isEqualTo(dir.resolve("data"));
    assertThat(elsewhere.data()).isEqualTo(dir.resolve("other"));
  }

  @Test
  void noBuildIsAcceptedForRunSh() {
    assertThat(StackOptions.parse(new String[] {"--no-build"}, Map.of()).kafkaPort())
        .isEqualTo(9092);
  }

  @Test
  void anUnknownOptionIsRefusedWithAHint() {
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--kafka=1"}, Map.of()))
        .isInstanceOf(OptionException.class)
        .hasMessage("Unknown option '--kafka=1' (see --help).");
  }

  @Test
  void aPortThatIsNotANumberNamesTheOptionAndItsVariable() {
    assertThatThrownBy(() -> StackOptions.parse(new String[0], Map.of("CIVICLINE_MONGO_PORT", "x")))
        .isInstanceOf(OptionException.class)
        .hasMessageContaining("--mongo-port=")
        .hasMessageContaining("CIVICLINE_MONGO_PORT")
        .hasMessageContaining("'x'");
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--stats-port=70000"}, Map.of()))
        .hasMessageContaining("between 1 and 65535");
  }

  @Test
  void theMongoBackendIsFileOrMemory() {
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--mongo-backend=disk"}, Map.of()))
        .isInstanceOf(OptionException.class)
        .hasMessageContaining("file or memory");
  }

  @Test
  void theMongoHeapIsASizeJavaTakes() {
    assertThat(StackOptions.parse(new String[] {"--mongo-heap=8g"}, Map.of()).mongoHeap())
        .isEqualTo("8g");
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--mongo-heap=8GB"}, Map.of()))
        .isInstanceOf(OptionException.class)
        .hasMessageContaining("a size such as 4g");
  }

  @Test
  void helpListsEveryOptionWithItsVariableAndDefault() {
    String usage = StackOptions.usage();

    for (Option option : Option.values()) {
      assertThat(usage)
          .contains("--" + option.flag() + "=")
          .contains(option.environmentVariable())
          .contains("(default: " + option.defaultValue() + ")");
    }
    assertThat(usage).contains("--no-build").contains("--help");
    assertThat(StackOptions.wantsHelp(new String[] {"--kafka-port=1", "--help"})).isTrue();
  }
}
