package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCheckTests {

  @Test
  void freePortsPass() {
    List<PortClaim> claims =
        List.of(
            new PortClaim(FreePorts.next(), "Kafka broker", Option.KAFKA_PORT),
            new PortClaim(FreePorts.next(), "hotline-service", Option.HOTLINE_PORT));

    assertThat(PortCheck.firstProblem(claims)).isEmpty();
  }

  @Test
  void aBusyPortIsNamedWithItsComponentAndTheOptionThatChangesIt() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<PortClaim> claims =
          List.of(
              new PortClaim(FreePorts.next(), "MongoDB-wire server", Option.MONGO_PORT),
              new PortClaim(busy.getLocalPort(), "Kafka broker", Option.KAFKA_PORT));

      assertThat(PortCheck.firstProblem(claims))
          .contains(
              "Port "
                  + busy.getLocalPort()
                  + " for the Kafka broker is already in use: stop what uses it or choose"
                  + " another port with --kafka-port=... (or CIVICLINE_KAFKA_PORT).");
    }
  }

  @Test
  void aPortListeningOnAllAddressesIsBusyToo() throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      assertThat(PortCheck.isFree(busy.getLocalPort())).isFalse();
    }
  }

  @Test
  void onePortGivenToTwoComponentsIsRefused() {
    int port = FreePorts.next();
    List<PortClaim> claims =
        List.of(
            new PortClaim(port, "hotline-service", Option.HOTLINE_PORT),
            new PortClaim(port, "stats-service", Option.STATS_PORT));

    assertThat(PortCheck.firstProblem(claims))
        .contains(
            "Port "
                + port
                + " is given to both the hotline-service and the stats-service: change one with"
                + " --stats-port=... (or CIVICLINE_STATS_PORT).");
  }
}
