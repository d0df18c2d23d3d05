package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cogwheel.Container;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a stop leaves behind — nothing — and what a stopped client does, against a plain JDK
 * HttpServer on 127.0.0.1 whose {@code /slow} answers only when the test lets it.
 */
class StopTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private final Semaphore arrived = new Semaphore(0);
  private final AtomicInteger fastCalls = new AtomicInteger();
  private ExecutorService serverThreads;
  private HttpServer server;
  private String base;
  private Running app;

  @BeforeEach
  void start() throws IOException {
    serverThreads = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setExecutor(serverThreads);
    server.createContext(
        "/fast",
        exchange -> {
          fastCalls.incrementAndGet();
          respond(exchange, "{\"ok\":true}");
        });
    server.createContext(
        "/busy",
        exchange -> {
          arrived.release();
          exchange.getResponseHeaders().set("Retry-After", "20");
          try (exchange) {
            exchange.sendResponseHeaders(503, -1);
          }
        });
    server.createContext(
        "/dribble",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          try (exchange;
              OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(200, 1000);
            out.write("{\"ok\":".getBytes(StandardCharsets.UTF_8));
            out.flush();
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.createContext(
        "/slow",
        exchange -> {
          arrived.release();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          respond(exchange, "{\"ok\":\"late\"}");
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    app = Running.start(new ApiModule(ApiSettings.builder().baseUrl(base).build()));
  }

  @AfterEach
  void stop() throws InterruptedException {
    try {
      app.close();
    } finally {
      release.countDown();
      server.stop(0);
      serverThreads.shutdownNow();
      assertThat(serverThreads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static void respond(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    try (exchange;
        OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(200, body.length);
      out.write(body);
    }
  }

  private Request request(String path) {
    return new Request.Builder().url(base + path).build();
  }

  @Test
  void aCallToAJdkHttpServerSucceeds() {
    assertThat(app.get(ApiClient.class).get("fast", JsonNode.class).get("ok").asBoolean()).isTrue();
  }

  @Test
  void stopCancelsEveryCallInFlightAndLeavesNoThreadOrConnection() throws Exception {
    ApiClient api = app.get(ApiClient.class);
    OkHttpClient client = app.get(HttpSession.class).client();
    Connector connector = app.connector();
    CompletableFuture<JsonNode> async = api.getAsync("slow", JsonNode.class);
    CompletableFuture<IOException> raw = new CompletableFuture<>();
    Call rawCall = client.newCall(request("slow"));
    rawCall.enqueue(completing(raw));
    ExecutorService caller = Executors.newSingleThreadExecutor();
    Future<JsonNode> blocking = caller.submit(() -> api.get("slow", JsonNode.class));
    assertThat(arrived.tryAcquire(3, 5, TimeUnit.SECONDS))
        .as("all three calls reached the server")
        .isTrue();
    assertThat(connector.dispatcher().runningCallsCount()).isEqualTo(3);

    app.container.stop();

    assertThat(failureOf(async))
        .isInstanceOf(CancellationException.class)
        .hasMessage("GET " + base + "slow was cancelled: ApiClient is stopped");
    assertThat(catchThrowable(() -> blocking.get(5, TimeUnit.SECONDS)))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(CancellationException.class)
        .hasMessage("GET " + base + "slow was cancelled: ApiClient is stopped");
    assertThat(raw.get(5, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
    assertThat(rawCall.isCanceled()).isTrue();
    assertThat(Running.connectorThreads(app.container)).isEmpty();
    assertThat(connector.connectionPool().connectionCount()).isZero();
    assertThat(connector.dispatcher().runningCallsCount()).isZero();
    caller.shutdown();
    assertThat(caller.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void stopCancelsAPostWhoseAnswerIsBeingRead() throws Exception {
    CountDownLatch headersRead = new CountDownLatch(1);
    app.close();
    app =
        Running.start(
            new ApiModule(ApiSettings.builder().baseUrl(base).build()),
            new AbstractModule() {
              @Override
              protected void configure() {
                HttpModule.eventListenerFactories(binder())
                    .addBinding()
                    .toInstance(
                        call ->
                            new EventListener() {
                              @Override
                              public void responseHeadersEnd(Call call, Response response) {
                                headersRead.countDown();
                              }
                            });
              }
            });
    ApiClient api = app.get(ApiClient.class);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    AtomicReference<Thread> readingThread = new AtomicReference<>();
    Future<JsonNode> reading =
        caller.submit(
            () -> {
              readingThread.set(Thread.currentThread());
              return api.post("dribble", Map.of(), JsonNode.class);
            });
    assertThat(headersRead.await(5, TimeUnit.SECONDS)).isTrue();
    await().atMost(Duration.ofSeconds(5)).until(() -> isDecodingABody(readingThread.get()));

    app.container.stop();

    assertThat(catchThrowable(() -> reading.get(5, TimeUnit.SECONDS)))
        .cause()
        .isInstanceOf(CancellationException.class)
        .hasMessage("POST " + base + "dribble was cancelled: ApiClient is stopped");
    caller.shutdown();
    assertThat(caller.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void stopFailsQueuedCallsToo() throws Exception {
    app.close();
    app =
        Running.start(
            new HttpModule(HttpSettings.builder().maxRequestsPerHost(1).build()),
            new ApiModule(ApiSettings.builder().baseUrl(base).build()));
    OkHttpClient client = app.get(HttpSession.class).client();
    List<CompletableFuture<IOException>> failures = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      CompletableFuture<IOException> failure = new CompletableFuture<>();
      client.newCall(request("slow")).enqueue(completing(failure));
      failures.add(failure);
    }
    assertThat(arrived.tryAcquire(1, 5, TimeUnit.SECONDS)).isTrue();
    assertThat(app.connector().dispatcher().queuedCallsCount()).isEqualTo(2);

    app.container.stop();

    for (CompletableFuture<IOException> failure : failures) {
      assertThat(failure.get(5, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
    }
    assertThat(app.connector().dispatcher().queuedCallsCount()).isZero();
  }

  @Test
  void stopEndsAnAsyncCallWaitingToRetry() throws Exception {
    CompletableFuture<JsonNode> waiting = app.get(ApiClient.class).getAsync("busy", JsonNode.class);
    assertThat(arrived.tryAcquire(1, 5, TimeUnit.SECONDS)).isTrue();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                Running.connectorThreads(app.container).stream()
                    .anyMatch(name -> name.contains("-okhttp-timer-")));

    app.container.stop();

    assertThat(failureOf(waiting))
        .isInstanceOf(CancellationException.class)
        .hasMessage("GET " + base + "busy was cancelled: ApiClient is stopped");
  }

  @Test
  void stopEndsABlockingCallWaitingToRetry() throws Exception {
    ApiClient api = app.get(ApiClient.class);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    Future<JsonNode> waiting = caller.submit(() -> api.get("busy", JsonNode.class));
    assertThat(arrived.tryAcquire(1, 5, TimeUnit.SECONDS)).isTrue();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> app.connector().dispatcher().runningCallsCount() == 0);

    app.container.stop();

    assertThat(catchThrowable(() -> waiting.get(5, TimeUnit.SECONDS)))
        .cause()
        .isInstanceOf(CancellationException.class)
        .hasMessage("GET " + base + "busy was cancelled: ApiClient is stopped");
    caller.shutdown();
    assertThat(caller.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aStoppedSessionRefusesItsClient() {
    HttpSession session = app.get(HttpSession.class);

    app.container.stop();

    assertThatThrownBy(session::client)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "HttpSession of container 'okhttp-test' is stopped; its client can no longer be used");
  }

  @Test
  void aClientKeptPastTheStopFailsABlockingCallAtOnce() {
    OkHttpClient kept = app.get(HttpSession.class).client();

    app.container.stop();

    assertThatThrownBy(() -> kept.newCall(request("fast")).execute())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "HttpSession of container 'okhttp-test' is stopped: GET " + base + "fast was not sent");
    assertThat(fastCalls).hasValue(0);
  }

  @Test
  void aClientKeptPastTheStopFailsAnAsyncCallAtOnce() throws Exception {
    OkHttpClient kept = app.get(HttpSession.class).client();

    app.container.stop();

    CompletableFuture<IOException> failure = new CompletableFuture<>();
    kept.newCall(request("fast")).enqueue(completing(failure));
    // OkHttp fails an asynchronous call on a shut-down dispatcher at once, in its own words.
    assertThat(failure.get(5, TimeUnit.SECONDS))
        .isInstanceOf(InterruptedIOException.class)
        .hasMessage("executor rejected");
    assertThat(fastCalls).hasValue(0);
  }

  @Test
  void aStoppedApiClientFailsAtOnceWithoutSending() {
    ApiClient api = app.get(ApiClient.class);

    app.container.stop();

    assertThatThrownBy(() -> api.get("fast", JsonNode.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ApiClient is stopped: GET " + base + "fast was not sent");
    assertThat(catchThrowable(() -> api.getAsync("fast", JsonNode.class).join()))
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ApiClient is stopped: GET " + base + "fast was not sent");
    assertThat(fastCalls).hasValue(0);
  }

  @Test
  void aRestartedContainerHasAFreshConnectorSessionAndClient() {
    Connector first = app.connector();
    ApiClient firstClient = app.get(ApiClient.class);
    app.container.stop();

    app.container.start();

    assertThat(app.container.getInstance(Connector.class)).isNotSameAs(first);
    ApiClient api = app.container.getInstance(ApiClient.class);
    assertThat(api).isNotSameAs(firstClient);
    assertThat(api.get("fast", JsonNode.class).get("ok").asBoolean()).isTrue();
    assertThat(first.connectionPool().connectionCount()).isZero();
  }

  @Test
  void aResponseBodyLeftOpenIsReportedAtStop() throws IOException {
    Container container = app.container;
    Connector connector = app.connector();
    Response leaked = app.get(HttpSession.class).client().newCall(request("fast")).execute();

    container.stop();

    assertThat(connector.connectionPool().connectionCount()).isEqualTo(1);
    String log =
        Files.readString(
            Path.of(System.getProperty("org.slf4j.simpleLogger.logFile")), StandardCharsets.UTF_8);
    assertThat(log)
        .contains(
            "Connector of container 'okhttp-test' stopped with 1 connection(s) still in use: a"
                + " response body was not closed");
    leaked.close();
    connector.connectionPool().evictAll();
    assertThat(connector.connectionPool().connectionCount()).isZero();
  }

  /** Whether {@code thread} is inside the client's decoding of a response body. */
  private static boolean isDecodingABody(Thread thread) {
    for (StackTraceElement frame : thread.getStackTrace()) {
      if (frame.getClassName().equals("dev.cogwheel.okhttp.internal.ResponseDecoder")
          && frame.getMethodName().equals("decode")) {
        return true;
      }
    }
    return false;
  }

  private static Callback completing(CompletableFuture<IOException> failure) {
    return new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        failure.complete(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        response.close();
        failure.completeExceptionally(
            new AssertionError("the call should have failed, got " + response.code()));
      }
    };
  }

  /**
   * The exception {@code future} failed with, as the client completed it: {@code join()} throws it
   * as it is on JDK 17 but wraps a cancellation in a new {@code CancellationException("join")} from
   * JDK 23 on.
   */
  private static Throwable failureOf(CompletableFuture<?> future) {
    return future.handle((value, failure) -> failure).join();
  }
}
