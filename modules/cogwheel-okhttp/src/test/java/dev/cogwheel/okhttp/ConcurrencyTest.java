package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Many calls at once through one session: all succeed, over a bounded number of connections. */
class ConcurrencyTest {
  private static final int CALLS = 200;
  private static final int PER_HOST = 4;

  @StartStop MockWebServer server = new MockWebServer();

  private Running app;

  @BeforeEach
  void answerWithTheQuery() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder()
                .body("{\"n\":" + request.getUrl().queryParameter("n") + "}")
                .build();
          }
        });
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private ApiClient client(HttpSettings settings) {
    app =
        Running.start(
            new HttpModule(settings),
            new ApiModule(ApiSettings.builder().baseUrl(Running.baseUrl(server)).build()));
    return app.get(ApiClient.class);
  }

  private Set<Integer> connectionsUsed() throws InterruptedException {
    Set<Integer> connections = new HashSet<>();
    for (int i = 0; i < CALLS; i++) {
      connections.add(server.takeRequest(5, TimeUnit.SECONDS).getConnectionIndex());
    }
    return connections;
  }

  @Test
  void twoHundredConcurrentAsyncCallsAllSucceedOverNoMoreConnectionsThanConfigured()
      throws Exception {
    ApiClient api =
        client(
            HttpSettings.builder()
                .maxRequestsPerHost(PER_HOST)
                .maxIdleConnections(PER_HOST)
                .build());
    List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
    for (int n = 0; n < CALLS; n++) {
      calls.add(api.getAsync("count", Map.of("n", n), JsonNode.class));
    }

    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);

    for (int n = 0; n < CALLS; n++) {
      assertThat(calls.get(n).join().get("n").asInt()).isEqualTo(n);
    }
    assertThat(connectionsUsed()).hasSizeBetween(1, PER_HOST);
    assertThat(app.connector().connectionPool().connectionCount()).isBetween(1, PER_HOST);
  }

  @Test
  void twoHundredBlockingCallsFromSixteenThreadsAllSucceedOverAtMostSixteenConnections()
      throws Exception {
    // Blocking calls are bounded by their threads, not by the dispatcher. With as many idle
    // connections kept as there are threads, none is closed and reopened: every connection the
    // server sees was in use at some moment, alongside the others.
    ApiClient api = client(HttpSettings.builder().maxIdleConnections(16).build());
    ExecutorService callers = Executors.newFixedThreadPool(16);
    try {
      List<Future<JsonNode>> calls = new ArrayList<>();
      for (int n = 0; n < CALLS; n++) {
        int value = n;
        calls.add(callers.submit(() -> api.get("count", Map.of("n", value), JsonNode.class)));
      }

      for (int n = 0; n < CALLS; n++) {
        assertThat(calls.get(n).get(30, TimeUnit.SECONDS).get("n").asInt()).isEqualTo(n);
      }
      assertThat(connectionsUsed()).hasSizeBetween(1, 16);
      assertThat(app.connector().connectionPool().connectionCount()).isBetween(1, 16);
    } finally {
      callers.shutdown();
      assertThat(callers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }
}
