package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.inject.Module;
import dev.cogwheel.Container;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the server treats connections: kept alive, incomplete, idle, oversized. Real sockets on
 * 127.0.0.1.
 */
class ConnectionsTest {
  private static final int STALLED_CONNECTIONS = 50;
  private static final int ROUND_TRIPS = 200;

  private final Registries registries = new Registries();
  private final List<RawHttp> connections = new ArrayList<>();
  private Container container;

  @AfterEach
  void stop() throws Exception {
    for (RawHttp connection : connections) {
      connection.close();
    }
    if (container != null) {
      container.stop();
    }
  }

  private AdminServer start(AdminSettings settings) {
    container =
        Container.builder()
            .name("admin-test")
            .modules(new AdminModule(settings), (Module) registries)
            .build()
            .start();
    return container.getInstance(AdminServer.class);
  }

  private RawHttp connect(AdminServer admin) throws Exception {
    RawHttp connection = new RawHttp(admin);
    connections.add(connection);
    return connection;
  }

  /**
   * Also prints the median round trip: a figure to read, not a bound to assert on a shared machine.
   */
  @Test
  void aKeptAliveConnectionAnswersRequestAfterRequest() throws Exception {
    AdminServer admin = start(TestContainers.EPHEMERAL);
    RawHttp connection = connect(admin);

    List<Integer> statuses = new ArrayList<>();
    long[] micros = new long[ROUND_TRIPS];
    for (int i = 0; i < ROUND_TRIPS; i++) {
      long begin = System.nanoTime();
      RawHttp.Answer answer = connection.exchange("/health/live");
      micros[i] = (System.nanoTime() - begin) / 1_000;
      statuses.add(answer.status());
      assertThat(answer.headers()).doesNotContainEntry("connection", "close");
    }

    assertThat(statuses).hasSize(ROUND_TRIPS).containsOnly(200);
    Arrays.sort(micros);
    System.out.printf(
        "kept-alive round trip: median %d us over %d requests on one connection%n",
        micros[ROUND_TRIPS / 2], ROUND_TRIPS);
  }

  @Test
  void fiftyIncompleteRequestsDoNotKeepAProbeWaitingAndAreAnsweredOnceComplete() throws Exception {
    AdminServer admin = start(TestContainers.EPHEMERAL);
    for (int i = 0; i < STALLED_CONNECTIONS; i++) {
      connect(admin)
          .send("GET /health/live HTTP/1.1\r\nHost: admin\r\n"); // no blank line: never complete
    }

    long begin = System.nanoTime();
    RawHttp probe = new RawHttp(admin);
    RawHttp.Answer answer = probe.exchange("/health/live");
    long probeMicros = (System.nanoTime() - begin) / 1_000;
    probe.close();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(Http.get(admin, "/health/ready").statusCode()).isEqualTo(200);
    System.out.printf(
        "probe (connect + GET) beside %d incomplete requests answered in %d us%n",
        STALLED_CONNECTIONS, probeMicros);
    for (RawHttp stalled : connections) {
      assertThat(stalled.send("\r\n").read().status()).isEqualTo(200);
    }
  }

  @Test
  void aConnectionThatSendsNothingForTheReadTimeoutIsClosed() throws Exception {
    AdminServer admin =
        start(AdminSettings.builder().port(0).readTimeout(Duration.ofMillis(200)).build());
    RawHttp incomplete = connect(admin).send("GET /health/live HTTP/1.1\r\nHost: adm");
    RawHttp idle = connect(admin);
    assertThat(idle.exchange("/health/live").status()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(10)).until(incomplete::closedByServer);
    await().atMost(Duration.ofSeconds(10)).until(idle::closedByServer);
    assertThat(Http.get(admin, "/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void headersLargerThanTheBoundAreRefusedWith431() throws Exception {
    AdminServer admin = start(TestContainers.EPHEMERAL);

    RawHttp.Answer answer =
        connect(admin)
            .send(
                "GET /health/live HTTP/1.1\r\nHost: admin\r\nX-Padding: "
                    + "x".repeat(9_000)
                    + "\r\n\r\n")
            .read();

    assertThat(answer.status()).isEqualTo(431);
    assertThat(answer.body()).doesNotContain("at org.eclipse", "Exception");
  }

  @Test
  void aRequestLineLongerThanTheBoundIsRefusedWith414() throws Exception {
    AdminServer admin = start(TestContainers.EPHEMERAL);

    RawHttp.Answer answer = connect(admin).exchange("/health/live?pad=" + "x".repeat(9_000));

    assertThat(answer.status()).isEqualTo(414);
  }

  @Test
  void headersJustUnderTheBoundAreAccepted() throws Exception {
    AdminServer admin = start(TestContainers.EPHEMERAL);

    RawHttp.Answer answer =
        connect(admin)
            .send(
                "GET /health/live HTTP/1.1\r\nHost: admin\r\nX-Padding: "
                    + "x".repeat(7_000)
                    + "\r\n\r\n")
            .read();

    assertThat(answer.status()).isEqualTo(200);
  }
}
