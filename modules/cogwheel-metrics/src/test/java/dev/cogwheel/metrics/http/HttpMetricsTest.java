package dev.cogwheel.metrics.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.Metered;
import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.Container;
import dev.cogwheel.metrics.MetricsModule;
import dev.cogwheel.okhttp.HttpModule;
import dev.cogwheel.okhttp.HttpSession;
import dev.cogwheel.okhttp.HttpSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpMetricsTest {
  private static final InetAddress LOOPBACK = loopback();

  private final MockWebServer server = new MockWebServer();
  private final MetricRegistry registry = new MetricRegistry();
  private final CountDownLatch release = new CountDownLatch(1);
  private Container container;

  @BeforeEach
  void startServer() throws IOException {
    server.start(LOOPBACK, 0);
  }

  @AfterEach
  void stopEverything() {
    release.countDown();
    try {
      if (container != null) {
        container.stop();
        await().until(() -> ownThreads(container).isEmpty());
      }
    } finally {
      server.close();
    }
  }

  @Test
  void requestTimersCountExactlyTheRequestsMadeByHostMethodAndStatusClass() throws IOException {
    OkHttpClient client = start(HttpSettings.defaults());
    for (int code : new int[] {200, 200, 202, 404, 404, 500, 201}) {
      server.enqueue(new MockResponse.Builder().code(code).body("body").build());
    }

    for (int i = 0; i < 5; i++) {
      call(client, get("/items/" + i));
    }
    call(client, post("/items"));
    call(client, post("/items"));

    String host = "127_0_0_1";
    assertThat(requestCounts())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "cogwheel.http.requests." + host + ".GET.2xx", 3L,
                "cogwheel.http.requests." + host + ".GET.4xx", 2L,
                "cogwheel.http.requests." + host + ".POST.5xx", 1L,
                "cogwheel.http.requests." + host + ".POST.2xx", 1L));
  }

  @Test
  void failedCallsAreCountedByCause() throws Exception {
    OkHttpClient client = start(HttpSettings.defaults());
    Request closed = new Request.Builder().url("http://127.0.0.1:" + closedPort() + "/").build();

    assertThatThrownBy(() -> client.newCall(closed).execute()).isInstanceOf(ConnectException.class);

    Metered failures = registry.getMeters().get(HttpMetricNames.failures(ConnectException.class));
    assertThat(failures.getCount()).isEqualTo(1);
    assertThat(registry.getMeters().keySet())
        .containsExactly("cogwheel.http.failures.ConnectException");
    assertThat(requestCounts()).isEmpty();
  }

  @Test
  void dnsConnectAndConnectionAcquisitionAreTimed() throws IOException {
    HttpSettings settings =
        HttpSettings.builder()
            .dns(
                hostname -> {
                  if (!hostname.equals("metrics.test")) {
                    throw new UnknownHostException(hostname);
                  }
                  return List.of(LOOPBACK);
                })
            .build();
    OkHttpClient client = start(settings);
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    }

    for (int i = 0; i < 3; i++) {
      call(
          client,
          new Request.Builder().url("http://metrics.test:" + server.getPort() + "/" + i).build());
    }

    assertThat(registry.timer(HttpMetricNames.DNS).getCount()).isEqualTo(1);
    assertThat(registry.timer(HttpMetricNames.CONNECT).getCount()).isEqualTo(1);
    assertThat(registry.timer(HttpMetricNames.CONNECTION_ACQUIRE).getCount()).isEqualTo(3);
    assertThat(requestCounts())
        .containsExactly(Map.entry("cogwheel.http.requests.metrics_test.GET.2xx", 3L));
  }

  @Test
  void poolGaugesReadTheLiveConnectionCounts() {
    OkHttpClient client = start(HttpSettings.defaults());
    holdResponsesUntilReleased();
    assertThat(gauge(HttpMetricNames.POOL_CONNECTIONS)).isEqualTo(0);

    CountDownLatch done = enqueue(client, 1);
    await().until(() -> gauge(HttpMetricNames.POOL_CONNECTIONS) == 1);
    assertThat(gauge(HttpMetricNames.POOL_IDLE_CONNECTIONS)).isEqualTo(0);

    release.countDown();
    await().until(() -> done.getCount() == 0 && gauge(HttpMetricNames.POOL_IDLE_CONNECTIONS) == 1);
    assertThat(gauge(HttpMetricNames.POOL_CONNECTIONS)).isEqualTo(1);
  }

  @Test
  void dispatcherGaugesReadTheLiveCallCounts() {
    OkHttpClient client = start(HttpSettings.builder().maxRequestsPerHost(1).build());
    holdResponsesUntilReleased();

    CountDownLatch done = enqueue(client, 3);
    await().until(() -> server.getRequestCount() == 1);
    assertThat(gauge(HttpMetricNames.DISPATCHER_RUNNING_CALLS)).isEqualTo(1);
    assertThat(gauge(HttpMetricNames.DISPATCHER_QUEUED_CALLS)).isEqualTo(2);

    release.countDown();
    await()
        .until(() -> done.getCount() == 0 && gauge(HttpMetricNames.DISPATCHER_RUNNING_CALLS) == 0);
    assertThat(gauge(HttpMetricNames.DISPATCHER_QUEUED_CALLS)).isEqualTo(0);
    assertThat(requestCounts())
        .containsExactly(Map.entry("cogwheel.http.requests.127_0_0_1.GET.2xx", 3L));
  }

  @Test
  void gaugesAreRegisteredAgainWhenTheContainerRestarts() throws IOException {
    start(HttpSettings.defaults());
    container.stop();

    container.start();
    OkHttpClient client = container.getInstance(HttpSession.class).client();
    server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
    call(client, get("/"));

    assertThat(gauge(HttpMetricNames.POOL_CONNECTIONS)).isEqualTo(1);
  }

  @Test
  void statusesOutsideTheKnownClassesAreOther() {
    assertThat(HttpMetricNames.requests("api.example.com", "get", 99))
        .isEqualTo("cogwheel.http.requests.api_example_com.GET.other");
    assertThat(HttpMetricNames.requests("api.example.com", "GET", 599))
        .isEqualTo("cogwheel.http.requests.api_example_com.GET.5xx");
  }

  private OkHttpClient start(HttpSettings settings) {
    container =
        Container.builder()
            .name("http-metrics")
            .modules(
                MetricsModule.builder().registry(registry).build(),
                new HttpMetricsModule(),
                new HttpModule(settings))
            .build()
            .start();
    return container.getInstance(HttpSession.class).client();
  }

  private Request get(String path) {
    return new Request.Builder().url(server.url(path)).build();
  }

  private Request post(String path) {
    return new Request.Builder()
        .url(server.url(path))
        .post(RequestBody.create("{}", MediaType.get("application/json")))
        .build();
  }

  private static void call(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      response.body().string();
    }
  }

  private CountDownLatch enqueue(OkHttpClient client, int calls) {
    CountDownLatch done = new CountDownLatch(calls);
    for (int i = 0; i < calls; i++) {
      client
          .newCall(get("/held/" + i))
          .enqueue(
              new Callback() {
                @Override
                public void onResponse(Call call, Response response) throws IOException {
                  try (response) {
                    response.body().string();
                  }
                  done.countDown();
                }

                @Override
                public void onFailure(Call call, IOException e) {
                  done.countDown();
                }
              });
    }
    return done;
  }

  private void holdResponsesUntilReleased() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            release.await();
            return new MockResponse.Builder().code(200).body("ok").build();
          }
        });
  }

  private Map<String, Long> requestCounts() {
    Map<String, Long> counts = new TreeMap<>();
    registry
        .getTimers((name, metric) -> name.startsWith("cogwheel.http.requests."))
        .forEach((name, timer) -> counts.put(name, timer.getCount()));
    return counts;
  }

  private int gauge(String name) {
    Gauge<?> gauge = registry.getGauges().get(name);
    return (Integer) gauge.getValue();
  }

  /**
   * The container's threads but OkHttp's JVM-wide ones, which a container thread may have started
   * and which idle out on their own.
   */
  private static List<Thread> ownThreads(Container container) {
    return container.threads().stream()
        .filter(
            t ->
                !t.getName().startsWith("OkHttp TaskRunner")
                    && !t.getName().startsWith("OkHttp ConnectionPool")
                    && !t.getName().equals("Okio Watchdog"))
        .toList();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
      return socket.getLocalPort();
    }
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
