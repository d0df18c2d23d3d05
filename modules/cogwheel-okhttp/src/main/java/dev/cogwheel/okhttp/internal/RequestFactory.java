package dev.cogwheel.okhttp.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Makes the requests of one API client: URLs relative to its base URL, the query encoded, the
 * {@code Authorization} header, JSON bodies; and prepares requests built elsewhere (by Retrofit)
 * the same way.
 */
public final class RequestFactory {
  private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

  private final HttpUrl base;
  private final String authorization;
  private final ObjectMapper mapper;
  private final Redactor redactor;

  /**
   * @param client the client's name, for messages
   * @param baseUrl the {@code baseUrl} setting, as given
   * @param authorization the {@code Authorization} header's value, or null
   * @param mapper the JSON mapper
   * @param redactor what removes the token from messages
   * @throws IllegalArgumentException naming the setting {@code baseUrl} and its value, if it is not
   *     an absolute http or https URL without user info, query or fragment
   */
  public RequestFactory(
      String client, String baseUrl, String authorization, ObjectMapper mapper, Redactor redactor) {
    this.base = parseBase(client, baseUrl, redactor);
    this.authorization = authorization;
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.redactor = redactor;
  }

  /** The base URL, always ending with {@code /}. */
  public HttpUrl base() {
    return base;
  }

  /**
   * An exchange of {@code method} on {@code path} resolved against the base URL.
   *
   * @param method GET, POST, PUT, PATCH or DELETE
   * @param path relative to the base URL; leading slashes are ignored, so {@code "users"} and
   *     {@code "/users"} are the same; it may carry a query of its own; a path that starts with a
   *     scheme and {@code ://} is refused
   * @param query parameters added to the URL, encoded, in the map's order: a null value is left
   *     out, an {@link Iterable} or array adds the parameter once per element
   * @param hasBody whether the request has a body
   * @param body what is written as the JSON body; null for an empty body
   * @param answers what the answer is read into
   * @throws IllegalArgumentException if the path is not a valid relative URL, a query name is null
   *     or blank, or the body cannot be written as JSON
   */
  public <T> Exchange<T> exchange(
      String method,
      String path,
      Map<String, ?> query,
      boolean hasBody,
      Object body,
      AnswerReader<T> answers) {
    HttpUrl url = url(method, path, query);
    Request.Builder request = new Request.Builder().url(url).header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (hasBody) {
      byte[] json = body == null ? new byte[0] : json(method, url, body);
      request.method(method, new JsonBody(json, !RetryPolicy.isIdempotent(method)));
    } else {
      request.method(method, null);
    }
    return new Exchange<>(request.build(), redactor, answers);
  }

  /**
   * An exchange of {@code request}, built elsewhere, as this factory would have made it: with
   * {@code Accept: application/json} unless it has an {@code Accept} of its own, the {@code
   * Authorization} header, and a body that OkHttp never sends twice unless the method is
   * idempotent.
   *
   * @param request a request to the base URL's scheme, host and port
   * @param answers what the answer is read into
   * @throws IllegalArgumentException naming the method and URL, the token removed, if the request
   *     goes to another scheme, host or port than the base URL's: the token only goes there
   */
  public <T> Exchange<T> exchange(Request request, AnswerReader<T> answers) {
    HttpUrl url = request.url();
    if (!url.scheme().equals(base.scheme())
        || !url.host().equals(base.host())
        || url.port() != base.port()) {
      throw new IllegalArgumentException(
          request.method()
              + " "
              + redactor.redact(url.toString())
              + ": not on the base URL's host "
              + redactor.redact(base.newBuilder().encodedPath("/").build().toString())
              + ", where the calls of this client go");
    }
    Request.Builder prepared = request.newBuilder();
    if (request.header("Accept") == null) {
      prepared.header("Accept", "application/json");
    }
    if (authorization != null) {
      prepared.header("Authorization", authorization);
    }
    RequestBody body = request.body();
    if (body != null && !body.isOneShot() && !RetryPolicy.isIdempotent(request.method())) {
      prepared.method(request.method(), new OneShotBody(body));
    }
    return new Exchange<>(prepared.build(), redactor, answers);
  }

  private HttpUrl url(String method, String path, Map<String, ?> query) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    String relative = path;
    while (relative.startsWith("/")) {
      relative = relative.substring(1);
    }
    // "./" keeps a path like "a:b" from being read as a scheme.
    HttpUrl resolved =
        ABSOLUTE.matcher(relative).lookingAt() ? null : base.resolve("./" + relative);
    if (resolved == null) {
      throw new IllegalArgumentException(
          method
              + " "
              + redactor.redact(base.toString())
              + ": path '"
              + redactor.redact(path)
              + "' is not a URL relative to the base URL");
    }
    HttpUrl.Builder url = resolved.newBuilder();
    for (Map.Entry<String, ?> parameter : query.entrySet()) {
      String name = parameter.getKey();
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(
            method
                + " "
                + redactor.redact(resolved.toString())
                + ": a query parameter has a blank name");
      }
      addValues(url, name, parameter.getValue());
    }
    return url.build();
  }

  private static void addValues(HttpUrl.Builder url, String name, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        addValues(url, name, element);
      }
    } else if (value instanceof Object[]) {
      for (Object element : (Object[]) value) {
        addValues(url, name, element);
      }
    } else {
      url.addQueryParameter(name, String.valueOf(value));
    }
  }

  private byte[] json(String method, HttpUrl url, Object body) {
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          method
              + " "
              + redactor.redact(url.toString())
              + ": the request body, a "
              + body.getClass().getName()
              + ", cannot be written as JSON: "
              + redactor.redact(e.getOriginalMessage()),
          redactor.reveals(e) ? null : e);
    }
  }

  private static HttpUrl parseBase(String client, String baseUrl, Redactor redactor) {
    HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl.trim());
    if (url == null
        || !baseUrl
            .trim()
            .regionMatches(true, 0, url.scheme() + "://", 0, url.scheme().length() + 3)
        || !url.username().isEmpty()
        || !url.password().isEmpty()
        || url.query() != null
        || url.fragment() != null) {
      String shown = baseUrl == null ? "null" : "'" + redactor.redact(baseUrl) + "'";
      throw new IllegalArgumentException(
          "ApiSettings.baseUrl must be an absolute http or https URL without user info, query or"
              + " fragment, got "
              + shown
              + " ("
              + client
              + ")");
    }
    return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
  }
}
