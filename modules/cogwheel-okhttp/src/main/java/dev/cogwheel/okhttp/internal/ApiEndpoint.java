package dev.cogwheel.okhttp.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogwheel.okhttp.ApiSettings;
import okhttp3.OkHttpClient;

/**
 * What a client of one API is made of, whatever its surface — {@code ApiClient}'s methods or a
 * Retrofit interface: the requests to its base URL with its token, the decoding of answers, the
 * runner that retries and cancels, all configured by one {@link ApiSettings}.
 */
public final class ApiEndpoint {
  private final String name;
  private final ObjectMapper mapper;
  private final Redactor redactor;
  private final RequestFactory requests;
  private final ResponseDecoder decoder;
  private final ExchangeRunner runner;
  private final String baseUrl;

  /**
   * @param name the client's name, for messages and logs, for example {@code ApiClient 'site'}
   * @param settings the client's settings
   * @param client the session's client
   * @param scheduler the timer of asynchronous retries
   * @throws IllegalArgumentException naming the setting {@code baseUrl}, its value and the client,
   *     if it is not an absolute http or https URL without user info, query or fragment
   */
  public ApiEndpoint(
      String name, ApiSettings settings, OkHttpClient client, RetryScheduler scheduler) {
    this.name = name;
    this.mapper = settings.objectMapper();
    String token = TokenAccess.token(settings);
    this.redactor = Redactor.of(token);
    String authorization = token == null ? null : settings.tokenScheme() + " " + token;
    this.requests = new RequestFactory(name, settings.baseUrl(), authorization, mapper, redactor);
    this.baseUrl = redactor.redact(requests.base().toString());
    this.decoder = new ResponseDecoder(mapper, redactor);
    RetryPolicy policy =
        new RetryPolicy(
            settings.maxAttempts(),
            settings.initialBackoff(),
            settings.maxBackoff(),
            settings.maxRetryAfter());
    this.runner =
        new ExchangeRunner(
            name, client, new OutcomeReader(policy, redactor), scheduler, settings.maxAttempts());
  }

  /** The client's name, for messages. */
  public String name() {
    return name;
  }

  /** The Jackson mapper of the settings, for request and response bodies. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** What removes the token from text bound for messages and logs. */
  public Redactor redactor() {
    return redactor;
  }

  /** What makes, or prepares, the requests. */
  public RequestFactory requests() {
    return requests;
  }

  /** What decodes the answers. */
  public ResponseDecoder decoder() {
    return decoder;
  }

  /** What runs the exchanges. */
  public ExchangeRunner runner() {
    return runner;
  }

  /** The base URL as messages show it, ending with {@code /}. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Fails the exchanges in flight and refuses new ones with a message saying the client stopped.
   */
  public void stop() {
    runner.stop(name + " is stopped");
  }

  @Override
  public String toString() {
    return name + "[" + baseUrl + "]";
  }
}
