package dev.cogwheel.retrofit.internal;

import dev.cogwheel.okhttp.internal.AnswerReader;
import dev.cogwheel.okhttp.internal.ApiEndpoint;
import dev.cogwheel.okhttp.internal.Exchange;
import dev.cogwheel.okhttp.internal.ExchangeRunner;
import java.lang.reflect.Type;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Turns the calls Retrofit makes for one service into exchanges of the service's {@link
 * ApiEndpoint} — the code {@code ApiClient} runs on — and reads their answers.
 */
final class ServiceExchanges {
  private final ApiEndpoint endpoint;
  private final int callTimeoutMillis;

  ServiceExchanges(ApiEndpoint endpoint, int callTimeoutMillis) {
    this.endpoint = endpoint;
    this.callTimeoutMillis = callTimeoutMillis;
  }

  /** The service's name, for messages: {@code Retrofit service SiteApi 'site'}. */
  String name() {
    return endpoint.name();
  }

  /** What runs the exchanges: retries, stop. */
  ExchangeRunner runner() {
    return endpoint.runner();
  }

  /** The session's call timeout, per attempt; zero for none. */
  int callTimeoutMillis() {
    return callTimeoutMillis;
  }

  /**
   * Answers read as {@code ApiClient} reads them: the body decoded as {@code type}, or a failure.
   */
  <T> AnswerReader<T> bodyAs(Type type) {
    return endpoint.decoder().bodyAs(endpoint.mapper().constructType(type));
  }

  /** Answers read as Retrofit's {@link Response}, of a body decoded as {@code type}. */
  <T> AnswerReader<Response<T>> responseOf(Type type) {
    return new ResponseAnswers<>(endpoint.decoder(), endpoint.mapper().constructType(type));
  }

  /**
   * The exchange that sends the request Retrofit built for {@code call}.
   *
   * @throws IllegalArgumentException naming the service, if the request cannot be built (an
   *     argument Retrofit refuses, a body that cannot be written as JSON) or does not go to the
   *     base URL's host
   */
  <R> Exchange<R> exchange(Call<?> call, AnswerReader<R> answers) {
    okhttp3.Request request;
    try {
      request = call.request();
    } catch (RuntimeException e) {
      throw cannotBuild(e);
    }
    return endpoint.requests().exchange(request, answers);
  }

  /** Fails the exchanges in flight and refuses new ones, naming the service. */
  void stop() {
    endpoint.stop();
  }

  private IllegalArgumentException cannotBuild(RuntimeException e) {
    StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
    if (e.getCause() != null && e.getCause() != e) {
      reason.append(": ").append(e.getCause().getMessage());
    }
    boolean reveals = endpoint.redactor().reveals(e);
    return new IllegalArgumentException(
        name() + ": the request cannot be built: " + endpoint.redactor().redact(reason.toString()),
        reveals ? null : e);
  }

  @Override
  public String toString() {
    return endpoint.toString();
  }
}
