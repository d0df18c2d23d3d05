package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each method of {@link ApiClient}, blocking and asynchronous, and the decoding of answers. */
class ApiClientMethodsTest {
  record User(int id, String name) {}

  @StartStop MockWebServer server = new MockWebServer();

  private final AtomicReference<Thread> interceptorThread = new AtomicReference<>();
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private final CountDownLatch failed = new CountDownLatch(1);
  private Running app;
  private ApiClient api;

  @BeforeEach
  void start() {
    ApiSettings settings =
        ApiSettings.builder().baseUrl(Running.baseUrl(server) + "v1").token("t0k3n").build();
    app =
        Running.start(
            new ApiModule(settings),
            new AbstractModule() {
              @Override
              protected void configure() {
                HttpModule.interceptors(binder())
                    .addBinding()
                    .toInstance(
                        chain -> {
                          interceptorThread.set(Thread.currentThread());
                          return chain.proceed(chain.request());
                        });
                HttpModule.eventListenerFactories(binder())
                    .addBinding()
                    .toInstance(
                        call ->
                            new EventListener() {
                              @Override
                              public void canceled(Call call) {
                                cancelled.countDown();
                              }

                              @Override
                              public void callFailed(Call call, java.io.IOException e) {
                                failed.countDown();
                              }
                            });
              }
            });
    api = app.get(ApiClient.class);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private void answer(int status, String json) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .setHeader("Content-Type", "application/json")
            .body(json)
            .build());
  }

  private RecordedRequest request() throws InterruptedException {
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  @Test
  void getDecodesTheAnswerIntoTheRequestedType() throws Exception {
    answer(200, "{\"id\":7,\"name\":\"Ada\"}");

    assertThat(api.get("users/7", User.class)).isEqualTo(new User(7, "Ada"));

    RecordedRequest request = request();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v1/users/7");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer t0k3n");
  }

  @Test
  void getEncodesTheQueryInMapOrderRepeatingIterablesAndLeavingOutNulls() throws Exception {
    answer(200, "[]");
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("q", "a b&c=d");
    query.put("tag", List.of("x", "y/z"));
    query.put("missing", null);
    query.put("page", 2);

    api.get("search", query, JsonNode.class);

    assertThat(request().getTarget())
        .isEqualTo("/v1/search?q=a%20b%26c%3Dd&tag=x&tag=y%2Fz&page=2");
  }

  @Test
  void aLeadingSlashIsIgnoredSoPathsStayUnderTheBaseUrl() throws Exception {
    answer(200, "{}");

    api.get("/users/7", JsonNode.class);

    assertThat(request().getTarget()).isEqualTo("/v1/users/7");
  }

  @Test
  void aPathMayCarryAQueryOfItsOwn() throws Exception {
    answer(200, "{}");

    api.get("users?active=true", Map.of("page", 3), JsonNode.class);

    assertThat(request().getTarget()).isEqualTo("/v1/users?active=true&page=3");
  }

  @Test
  void anAbsoluteUrlAsPathIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> api.get("http://elsewhere.example/x", JsonNode.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "GET "
                + Running.baseUrl(server)
                + "v1/: path 'http://elsewhere.example/x' is not a URL relative to the base URL");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void postSendsTheBodyAsJsonAndDecodesTheAnswer() throws Exception {
    answer(201, "{\"id\":8,\"name\":\"Grace\"}");

    assertThat(api.post("users", new User(0, "Grace"), User.class)).isEqualTo(new User(8, "Grace"));

    RecordedRequest request = request();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v1/users");
    assertThat(request.getHeaders().get("Content-Type"))
        .isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo("{\"id\":0,\"name\":\"Grace\"}");
  }

  @Test
  void putSendsTheBodyAsJsonAndDecodesTheAnswer() throws Exception {
    answer(200, "{\"id\":8,\"name\":\"Grace H.\"}");

    assertThat(api.put("users/8", new User(8, "Grace H."), User.class))
        .isEqualTo(new User(8, "Grace H."));

    RecordedRequest request = request();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getBody().utf8()).isEqualTo("{\"id\":8,\"name\":\"Grace H.\"}");
  }

  @Test
  void patchSendsTheBodyAsJsonAndDecodesTheAnswer() throws Exception {
    answer(200, "{\"id\":8,\"name\":\"Hopper\"}");

    assertThat(api.patch("users/8", Map.of("name", "Hopper"), User.class))
        .isEqualTo(new User(8, "Hopper"));

    RecordedRequest request = request();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"Hopper\"}");
  }

  @Test
  void aNullBodyIsSentEmpty() throws Exception {
    answer(200, "{}");

    api.post("users/8/wake", null, JsonNode.class);

    RecordedRequest request = request();
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeaders().get("Content-Type")).isNull();
  }

  @Test
  void deleteSendsNoBodyAndIgnoresTheAnswer() throws Exception {
    answer(200, "{\"deleted\":true}");

    api.delete("users/8");

    RecordedRequest request = request();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/v1/users/8");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void deleteWithATypeDecodesTheAnswer() {
    answer(200, "{\"id\":8,\"name\":\"Grace\"}");

    assertThat(api.delete("users/8", User.class)).isEqualTo(new User(8, "Grace"));
  }

  @Test
  void jsonNodeWorksAsTheType() {
    answer(200, "{\"items\":[1,2,3]}");

    JsonNode node = api.get("things", JsonNode.class);

    assertThat(node.get("items").size()).isEqualTo(3);
  }

  @Test
  void arraysWorkAsTheType() {
    answer(200, "[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]");

    assertThat(api.get("users", User[].class)).containsExactly(new User(1, "a"), new User(2, "b"));
  }

  @Test
  void unknownPropertiesAreIgnored() {
    answer(200, "{\"id\":1,\"name\":\"a\",\"extra\":{\"x\":1}}");

    assertThat(api.get("users/1", User.class)).isEqualTo(new User(1, "a"));
  }

  @Test
  void noContentAndEmptyBodiesDecodeToNull() {
    server.enqueue(new MockResponse.Builder().code(204).build());
    answer(200, "");

    assertThat(api.put("users/1", new User(1, "a"), User.class)).isNull();
    assertThat(api.get("users/1", User.class)).isNull();
  }

  @Test
  void theAsyncVariantsCompleteWithTheDecodedAnswers() throws Exception {
    answer(200, "{\"id\":1,\"name\":\"get\"}");
    CompletableFuture<User> get = api.getAsync("users/1", User.class);
    assertThat(get.get(5, TimeUnit.SECONDS)).isEqualTo(new User(1, "get"));
    answer(200, "{\"id\":2,\"name\":\"query\"}");
    assertThat(api.getAsync("users", Map.of("name", "query"), User.class).get(5, TimeUnit.SECONDS))
        .isEqualTo(new User(2, "query"));
    answer(201, "{\"id\":3,\"name\":\"post\"}");
    assertThat(api.postAsync("users", new User(0, "post"), User.class).get(5, TimeUnit.SECONDS))
        .isEqualTo(new User(3, "post"));
    answer(200, "{\"id\":4,\"name\":\"put\"}");
    assertThat(api.putAsync("users/4", new User(4, "put"), User.class).get(5, TimeUnit.SECONDS))
        .isEqualTo(new User(4, "put"));
    answer(200, "{\"id\":5,\"name\":\"patch\"}");
    assertThat(
            api.patchAsync("users/5", Map.of("name", "patch"), User.class).get(5, TimeUnit.SECONDS))
        .isEqualTo(new User(5, "patch"));
    answer(204, "");
    assertThat(api.deleteAsync("users/6").get(5, TimeUnit.SECONDS)).isNull();
    answer(200, "{\"id\":7,\"name\":\"delete\"}");
    assertThat(api.deleteAsync("users/7", User.class).get(5, TimeUnit.SECONDS))
        .isEqualTo(new User(7, "delete"));

    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      RecordedRequest request = request();
      seen.add(request.getMethod() + " " + request.getTarget());
    }
    assertThat(seen)
        .containsExactly(
            "GET /v1/users/1",
            "GET /v1/users?name=query",
            "POST /v1/users",
            "PUT /v1/users/4",
            "PATCH /v1/users/5",
            "DELETE /v1/users/6",
            "DELETE /v1/users/7");
  }

  @Test
  void asyncCallsRunOnTheConnectorsDaemonThreadsNamedAfterTheContainer() throws Exception {
    answer(200, "{}");

    api.getAsync("things", JsonNode.class).get(5, TimeUnit.SECONDS);

    Thread thread = interceptorThread.get();
    assertThat(app.container.threads()).contains(thread);
    assertThat(thread.isDaemon()).isTrue();
    // OkHttp names the thread after the call while it runs one, and gives its name back after.
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> thread.getName().matches("okhttp-test-okhttp-\\d+"));
  }

  @Test
  void blockingCallsRunOnTheCallingThread() {
    answer(200, "{}");

    api.get("things", JsonNode.class);

    assertThat(interceptorThread.get()).isSameAs(Thread.currentThread());
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    CompletableFuture<JsonNode> future = api.getAsync("slow", JsonNode.class);
    request();

    future.cancel(true);

    assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(future).isCancelled();
  }
}
