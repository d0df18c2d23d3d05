package dev.cogwheel.okhttp;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogwheel.okhttp.internal.ApiEndpoint;
import dev.cogwheel.okhttp.internal.Exchange;
import dev.cogwheel.okhttp.internal.ExchangeRunner;
import dev.cogwheel.okhttp.internal.RequestFactory;
import dev.cogwheel.okhttp.internal.ResponseDecoder;
import dev.cogwheel.okhttp.internal.RetryScheduler;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A JSON REST client of one API, on the {@link HttpSession}: paths relative to a base URL, a token,
 * retries, typed errors. Bound by {@link ApiModule} as an eager singleton, so a component that
 * injects it can use it at once, from its first task.
 *
 * <pre>{@code
 * @Inject ReminderCog(@Named("site") ApiClient site) { this.site = site; }
 *
 * Reminder next = site.get("reminders/next", Map.of("user", 42), Reminder.class);
 * site.post("reminders", new Reminder("stand up", at), Reminder.class);
 * site.getAsync("users/42", JsonNode.class).thenAccept(user -> ...);
 * }</pre>
 *
 * <p><b>Requests.</b> Paths are resolved against {@link ApiSettings#baseUrl()} (a leading {@code /}
 * is ignored; a path may carry a query of its own; an absolute URL such as {@code http://...} is
 * refused, so the token only ever goes to the base URL's host); query values are encoded. Bodies
 * are written with the settings' Jackson mapper ({@code null} sends an empty body). Every request
 * carries {@code Accept: application/json} and, with a token, {@code Authorization: <scheme>
 * <token>}.
 *
 * <p><b>Answers.</b> A 2xx body is decoded to the requested type — any type Jackson can read,
 * {@link com.fasterxml.jackson.databind.JsonNode} and arrays included; {@code Void.class}, 204, 205
 * and an empty body give {@code null}. Every response body is closed on every path before the
 * method returns or the future completes.
 *
 * <p><b>Failures.</b>
 *
 * <ul>
 *   <li>{@link ApiException}: an answer outside 2xx, with its status, method, URL and an excerpt of
 *       its body;
 *   <li>{@link ApiDecodingException}: a 2xx body that is not JSON of the requested type, naming the
 *       call and where parsing failed;
 *   <li>{@link java.io.UncheckedIOException}: an I/O failure or timeout, naming the method and the
 *       URL, with OkHttp's exception as cause;
 *   <li>{@link IllegalStateException}: the client (or its session) is stopped; nothing was sent;
 *   <li>{@link java.util.concurrent.CancellationException}: the client stopped while the call was
 *       in flight or waiting to retry;
 *   <li>{@link IllegalArgumentException}, thrown at once by every method, the asynchronous ones
 *       included: the path is not a valid relative URL, a query name is blank, or the body cannot
 *       be written as JSON.
 * </ul>
 *
 * The token never appears in a message, a log line or a {@code toString()}.
 *
 * <p><b>Retries.</b> GET, PUT and DELETE are tried up to {@link ApiSettings#maxAttempts()} times
 * after an I/O failure or an answer of 429, 502, 503 or 504, waiting an exponential backoff with
 * jitter, or what {@code Retry-After} asks for (seconds or an HTTP date) if that is no more than
 * {@link ApiSettings#maxRetryAfter()}. POST and PATCH are never sent twice.
 *
 * <p><b>Threads.</b> Thread-safe. A blocking method runs on the calling thread and waits out its
 * backoffs there. An {@code ...Async} method returns at once: the call is enqueued on OkHttp's
 * dispatcher and the future completes on one of the connector's dispatcher threads, so stages
 * chained without an executor run there too and must not block. Cancelling the future cancels the
 * call.
 *
 * <p><b>Stop.</b> The container stops the client before its session: calls in flight, and those
 * waiting to retry, fail with {@code CancellationException}; later calls fail at once with {@code
 * IllegalStateException}.
 */
public final class ApiClient {
  private final ApiEndpoint endpoint;
  private final ObjectMapper mapper;
  private final RequestFactory requests;
  private final ResponseDecoder decoder;
  private final ExchangeRunner runner;

  /**
   * @throws IllegalArgumentException naming the setting {@code baseUrl} and its value, if it is not
   *     an absolute http or https URL without user info, query or fragment
   */
  ApiClient(String name, ApiSettings settings, HttpSession session, RetryScheduler scheduler) {
    this.endpoint =
        new ApiEndpoint(
            name == null ? "ApiClient" : "ApiClient '" + name + "'",
            settings,
            session.client(),
            scheduler);
    this.mapper = endpoint.mapper();
    this.requests = endpoint.requests();
    this.decoder = endpoint.decoder();
    this.runner = endpoint.runner();
  }

  /** The base URL that paths are resolved against, ending with {@code /}. */
  public String baseUrl() {
    return endpoint.baseUrl();
  }

  /**
   * GETs {@code path} and decodes the answer; retried as described in the class documentation.
   *
   * @throws ApiException if the answer is outside 2xx
   * @throws ApiDecodingException if the answer is not JSON of {@code type}
   * @throws java.io.UncheckedIOException if the call failed with an I/O error or timed out
   * @throws IllegalStateException if the client is stopped; nothing was sent
   * @throws java.util.concurrent.CancellationException if the client stopped during the call
   * @throws IllegalArgumentException if the path, the query or the body is invalid
   */
  public <T> T get(String path, Class<T> type) {
    return get(path, Map.of(), type);
  }

  /**
   * GETs {@code path} with the {@code query} parameters — encoded, in the map's order; a null value
   * is left out, an {@link Iterable} or array repeats the parameter — and decodes the answer;
   * retried as described in the class documentation.
   *
   * @throws ApiException if the answer is outside 2xx
   * @throws ApiDecodingException if the answer is not JSON of {@code type}
   * @throws java.io.UncheckedIOException if the call failed with an I/O error or timed out
   * @throws IllegalStateException if the client is stopped; nothing was sent
   * @throws java.util.concurrent.CancellationException if the client stopped during the call
   * @throws IllegalArgumentException if the path, the query or the body is invalid
   */
  public <T> T get(String path, Map<String, ?> query, Class<T> type) {
    return runner.execute(exchange("GET", path, query, false, null, type));
  }

  /**
   * POSTs {@code body} as JSON to {@code path} and decodes the answer; never retried.
   *
   * @throws ApiException if the answer is outside 2xx
   * @throws ApiDecodingException if the answer is not JSON of {@code type}
   * @throws java.io.UncheckedIOException if the call failed with an I/O error or timed out
   * @throws IllegalStateException if the client is stopped; nothing was sent
   * @throws java.util.concurrent.CancellationException if the client stopped during the call
   * @throws IllegalArgumentException if the path, the query or the body is invalid
   */
  public <T> T post(String path, Object body, Class<T> type) {
    return runner.execute(exchange("POST", path, Map.of(), true, body, type));
  }

  /**
   * PUTs {@code body} as JSON to {@code path} and decodes the answer; retried as described in the
   * class documentation.
   *
   * @throws ApiException if the answer is outside 2xx
   * @throws ApiDecodingException if the answer is not JSON of {@code type}
   * @throws java.io.UncheckedIOException if the call failed with an I/O error or timed out
   * @throws IllegalStateException if the client is stopped; nothing was sent
   * @throws java.util.concurrent.CancellationException if the client stopped during the call
   * @throws IllegalArgumentException if the path, the query or the body is invalid
   */
  public <T> T put(String path, Object body, Class<T> type) {
    return runner.execute(exchange("PUT", path, Map.of(), true, body, type));
  }

  /**
   * PATCHes {@code path} with {@code body} as JSON and decodes the answer; never retried.
   *
   * @throws ApiException if the answer is outside 2xx
   * @throws ApiDecodingException if the answer is not JSON of {@code type}
   * @throws java.io.UncheckedIOException if the call failed with an I/O error or timed out
   * @throws IllegalStateException if the client is stopped; nothing was sent
   * @throws java.util.concurrent.CancellationException if the client stopped during the call
   * @throws IllegalArgumentException if the path, the query or the body is invalid
   */
  public <T> T patch(String path, Object body, Class<T> type) {
    return runner.execute(exchange("PATCH", path, Map.of(), true, body, type));
  }

  /**
   * DELETEs {@code path}, ignoring the answer's body; retried as described in the class
   * documentation.
   *
   * @throws ApiException if the answer is outside 2xx
   * @throws java.io.UncheckedIOException if the call failed with an I/O error or timed out
   * @throws IllegalStateException if the client is stopped; nothing was sent
   * @throws java.util.concurrent.CancellationException if the client stopped during the call
   * @throws IllegalArgumentException if the path is invalid
   */
  public void delete(String path) {
    delete(path, Void.class);
  }

  /**
   * DELETEs {@code path} and decodes the answer; retried as described in the class documentation.
   *
   * @throws ApiException if the answer is outside 2xx
   * @throws ApiDecodingException if the answer is not JSON of {@code type}
   * @throws java.io.UncheckedIOException if the call failed with an I/O error or timed out
   * @throws IllegalStateException if the client is stopped; nothing was sent
   * @throws java.util.concurrent.CancellationException if the client stopped during the call
   * @throws IllegalArgumentException if the path, the query or the body is invalid
   */
  public <T> T delete(String path, Class<T> type) {
    return runner.execute(exchange("DELETE", path, Map.of(), false, null, type));
  }

  /**
   * {@link #get(String, Class)} with OkHttp's {@code enqueue}: the future completes on a dispatcher
   * thread with the answer, or with the exception the blocking method would throw.
   *
   * @throws IllegalArgumentException at once, if the path, the query or the body is invalid
   */
  public <T> CompletableFuture<T> getAsync(String path, Class<T> type) {
    return getAsync(path, Map.of(), type);
  }

  /**
   * {@link #get(String, Map, Class)} with OkHttp's {@code enqueue}: the future completes on a
   * dispatcher thread with the answer, or with the exception the blocking method would throw.
   *
   * @throws IllegalArgumentException at once, if the path, the query or the body is invalid
   */
  public <T> CompletableFuture<T> getAsync(String path, Map<String, ?> query, Class<T> type) {
    return runner.enqueue(exchange("GET", path, query, false, null, type));
  }

  /**
   * {@link #post} with OkHttp's {@code enqueue}: the future completes on a dispatcher thread with
   * the answer, or with the exception the blocking method would throw.
   *
   * @throws IllegalArgumentException at once, if the path, the query or the body is invalid
   */
  public <T> CompletableFuture<T> postAsync(String path, Object body, Class<T> type) {
    return runner.enqueue(exchange("POST", path, Map.of(), true, body, type));
  }

  /**
   * {@link #put} with OkHttp's {@code enqueue}: the future completes on a dispatcher thread with
   * the answer, or with the exception the blocking method would throw.
   *
   * @throws IllegalArgumentException at once, if the path, the query or the body is invalid
   */
  public <T> CompletableFuture<T> putAsync(String path, Object body, Class<T> type) {
    return runner.enqueue(exchange("PUT", path, Map.of(), true, body, type));
  }

  /**
   * {@link #patch} with OkHttp's {@code enqueue}: the future completes on a dispatcher thread with
   * the answer, or with the exception the blocking method would throw.
   *
   * @throws IllegalArgumentException at once, if the path, the query or the body is invalid
   */
  public <T> CompletableFuture<T> patchAsync(String path, Object body, Class<T> type) {
    return runner.enqueue(exchange("PATCH", path, Map.of(), true, body, type));
  }

  /**
   * {@link #delete(String)} with OkHttp's {@code enqueue}: the future completes on a dispatcher
   * thread with {@code null}, or with the exception the blocking method would throw.
   *
   * @throws IllegalArgumentException at once, if the path, the query or the body is invalid
   */
  public CompletableFuture<Void> deleteAsync(String path) {
    return deleteAsync(path, Void.class);
  }

  /**
   * {@link #delete(String, Class)} with OkHttp's {@code enqueue}: the future completes on a
   * dispatcher thread with the answer, or with the exception the blocking method would throw.
   *
   * @throws IllegalArgumentException at once, if the path, the query or the body is invalid
   */
  public <T> CompletableFuture<T> deleteAsync(String path, Class<T> type) {
    return runner.enqueue(exchange("DELETE", path, Map.of(), false, null, type));
  }

  /**
   * Fails the calls in flight and refuses new ones. Called once by the container at stop, before
   * the session stops.
   */
  @PreDestroy
  void stop() {
    endpoint.stop();
  }

  private <T> Exchange<T> exchange(
      String method,
      String path,
      Map<String, ?> query,
      boolean hasBody,
      Object body,
      Class<T> type) {
    JavaType javaType = mapper.constructType(Objects.requireNonNull(type, "type"));
    return requests.exchange(method, path, query, hasBody, body, decoder.bodyAs(javaType));
  }

  /** The client's name and base URL; never the token. */
  @Override
  public String toString() {
    return endpoint.toString();
  }
}
