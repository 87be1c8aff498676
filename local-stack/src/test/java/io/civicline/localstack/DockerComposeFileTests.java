package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.civicline.events.TopicRetention;
import io.civicline.events.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Validates docker-compose.yml offline with Debian's docker-compose, which needs no Docker engine
 * (nothing is started here), and reads its defences: no password default, MongoDB authentication,
 * SASL on Kafka with ACLs. CI installs docker-compose (.ci/run) and there a missing binary is a
 * failure; elsewhere the tests that need it are skipped.
 */
class DockerComposeFileTests {

  private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

  /** Every secret the compose file requires, each with a value found nowhere else. */
  private static final Map<String, String> SECRETS = secrets();

  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:?[-?])([^}]*))?}");

  @Test
  void theComposeFileIsValidWithItsSecretsGiven() throws Exception {
    Rendered config = render(SECRETS);

    assertThat(config.exitCode()).as(config.output()).isZero();
  }

  @Test
  void withoutItsSecretsComposeRefusesToStart() throws Exception {
    for (String secret : SECRETS.keySet()) {
      Map<String, String> missingOne = new LinkedHashMap<>(SECRETS);
      missingOne.remove(secret);

      Rendered config = render(missingOne);

      assertThat(config.exitCode()).as("without %s", secret).isNotZero();
      assertThat(config.output()).as("without %s", secret).contains(secret);
    }
  }

  @Test
  void noPasswordHasADefaultAndNoneIsInPlainText() throws IOException {
    String compose = compose();
    Matcher variables = VARIABLE.matcher(compose);
    int secrets = 0;
    while (variables.find()) {
      if (variables.group(1).matches(".*(PASSWORD|BCRYPT).*")) {
        secrets++;
        assertThat(variables.group(2)).as(variables.group()).isEqualTo(":?");
      }
    }
    assertThat(secrets).isGreaterThanOrEqualTo(SECRETS.size());
    assertThat(compose).doesNotContain("{noop}");
    assertThat(compose).containsPattern("_PASSWORD: \"\\{bcrypt}\\$\\{[A-Z_]+_BCRYPT:\\?");
  }

  @Test
  void theServicesReachMongoDbAndKafkaAsTheirOwnUsersOnly() throws Exception {
    Rendered config = render(SECRETS);
    assumeTrue(config.exitCode() == 0, config.output());
    String rendered = config.output();

    assertThat(rendered).contains("- --auth", "MONGO_INITDB_ROOT_PASSWORD: mongo-root-secret");
    assertThat(rendered)
        .contains(
            "mongodb://hotline:mongo-hotline-secret@mongo:27017/hotline?authSource=hotline",
            "mongodb://mediation:mongo-mediation-secret@mongo:27017/mediation?authSource=mediation",
            "mongodb://hotline:mongo-hotline-secret@mongo:27017/civicline-staff?authSource=hotline",
            "mongodb://mediation:mongo-mediation-secret@mongo:27017/civicline-staff"
                + "?authSource=mediation",
            "mongodb://stats:mongo-stats-secret@mongo:27017/civicline-staff"
                + "?authSource=civicline-staff");
    assertThat(rendered.split("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL: SASL_PLAINTEXT", -1))
        .as("every service speaks SASL to Kafka")
        .hasSize(4);
    for (String service : List.of("hotline", "mediation", "stats")) {
      assertThat(rendered.replaceAll("\\s+", " "))
          .contains("username=\"" + service + "\" password=\"kafka-" + service + "-secret\"");
    }
    assertThat(rendered).doesNotContain("9092:9092", "27017:27017");
  }

  @Test
  void theBrokerAuthenticatesEveryListenerAndAllowsNothingWithoutAnAcl() throws IOException {
    String start = Files.readString(PROJECT.resolve("deploy/kafka/start.sh"));

    Matcher protocols = Pattern.compile("listener.security.protocol.map=(.*)").matcher(start);
    assertThat(protocols.find()).isTrue();
    for (String listener : protocols.group(1).split(",")) {
      assertThat(listener).as("listener %s", listener).contains(":SASL_");
    }
    assertThat(start)
        .contains(
            "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
            "allow.everyone.if.no.acl.found=false",
            "super.users=User:admin\n",
            "auto.create.topics.enable=false");
    for (String user : List.of("admin", "hotline", "mediation", "stats")) {
      assertThat(start).contains("--add-scram \"SCRAM-SHA-512=[name=" + user + ",");
    }
  }

  @Test
  void theAclsNameTheTopicsOfTheContractAndGiveTheReferralsToMediationAlone() throws IOException {
    String acls = Files.readString(PROJECT.resolve("deploy/kafka/acls.sh"));

    assertThat(acls)
        .contains(
            "TICKETS=" + Topics.TICKET_EVENTS + "\n",
            "REFERRALS=" + Topics.REFERRALS + "\n",
            "CASES=" + Topics.CASE_EVENTS + "\n",
            "\"$REFERRALS" + Topics.DLQ_SUFFIX + "\"");
    List<String> readsOfReferrals =
        acls.lines()
            .filter(line -> line.contains("--operation Read") && line.contains("$REFERRALS\""))
            .toList();
    assertThat(readsOfReferrals).hasSize(1).allMatch(line -> line.contains("User:mediation"));
  }

  @Test
  void theComposeRetentionOfReferralsIsTheContractsDefault() throws IOException {
    String days = TopicRetention.DEFAULT.toDays() + "d";

    assertThat(compose())
        .contains(
            "CIVICLINE_TOPICS_RETENTION_REFERRALS: ${REFERRAL_RETENTION:-" + days + "}",
            "CIVICLINE_TOPICS_RETENTION_REFERRALDEADLETTERS: ${REFERRAL_DLQ_RETENTION:-"
                + days
                + "}");
  }

  @Test
  void everyServiceInTheComposeFileIsBuiltFromTheServiceDockerfile() throws IOException {
    String compose = compose();
    assertThat(PROJECT.resolve("deploy/service.Dockerfile")).exists();
    for (String service : new String[] {"hotline-service", "mediation-service", "stats-service"}) {
      assertThat(compose)
          .contains(
              "dockerfile: deploy/service.Dockerfile\n      args:\n        SERVICE: " + service);
      assertThat(PROJECT.resolve(service).resolve("pom.xml")).exists();
    }
  }

  private record Rendered(int exitCode, String output) {}

  /** {@code docker-compose config} with exactly {@code environment}'s secrets set. */
  private static Rendered render(Map<String, String> environment) throws Exception {
    boolean installed = isInstalled();
    if (System.getenv("CI") == null) {
      assumeTrue(installed, "docker-compose is not installed (apt-get install docker-compose)");
    }
    assertThat(installed).as("docker-compose must be installed in CI").isTrue();

    ProcessBuilder builder =
        new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config")
            .directory(PROJECT.toFile())
            .redirectErrorStream(true);
    SECRETS.keySet().forEach(builder.environment()::remove);
    builder.environment().putAll(environment);
    Process check = builder.start();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Rendered(check.exitValue(), output);
  }

  private static String compose() throws IOException {
    return Files.readString(PROJECT.resolve("docker-compose.yml"));
  }

  private static Map<String, String> secrets() {
    Map<String, String> secrets = new LinkedHashMap<>();
    for (String user : List.of("ADMIN", "AGENT", "DEPARTMENT", "MEDIATOR", "MANAGER")) {
      secrets.put(user + "_PASSWORD_BCRYPT", "$2a$10$" + user.toLowerCase() + "-hash");
    }
    for (String user : List.of("ADMIN", "HOTLINE", "MEDIATION", "STATS")) {
      secrets.put("KAFKA_" + user + "_PASSWORD", "kafka-" + user.toLowerCase() + "-secret");
    }
    for (String user : List.of("ROOT", "HOTLINE", "MEDIATION", "STATS")) {
      secrets.put("MONGO_" + user + "_PASSWORD", "mongo-" + user.toLowerCase() + "-secret");
    }
    return secrets;
  }

  private static boolean isInstalled() {
    try {
      Process which = new ProcessBuilder("docker-compose", "version").start();
      which.getInputStream().readAllBytes();
      return which.waitFor(30, TimeUnit.SECONDS) && which.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
