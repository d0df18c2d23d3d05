package dev.cogwheel.admin.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin server's one handler: sends each request to the endpoint of its exact path, and answers
 * the HTTP conventions itself — 404 for an unknown path, 405 with {@code Allow} for a method other
 * than {@code GET} or {@code HEAD}, a {@code HEAD} with the headers of the {@code GET} and no body,
 * 400 for a malformed query, 500 (without details) when an endpoint fails. Every response carries a
 * {@code Content-Type}, {@code Cache-Control: no-store} and its {@code Content-Length}, and is
 * written at once, headers and body together.
 *
 * <p>Thread-safe: Jetty calls it on its request threads.
 */
public final class Router extends Handler.Abstract {
  private static final Logger log = LoggerFactory.getLogger(Router.class);
  private static final String ALLOWED = "GET, HEAD";
  private static final HttpField NO_STORE = new HttpField(HttpHeader.CACHE_CONTROL, "no-store");
  private static final HttpField NOSNIFF = new HttpField("X-Content-Type-Options", "nosniff");

  private final Map<String, Endpoint> routes;

  /** A router of {@code routes}: exact paths, listed in this order in 404 answers. */
  public Router(Map<String, Endpoint> routes) {
    super(InvocationType.BLOCKING); // endpoints run health checks, which may block
    this.routes = new LinkedHashMap<>(routes);
  }

  @Override
  public boolean handle(
      Request request, org.eclipse.jetty.server.Response response, Callback callback) {
    // The idle timeout bounds how long a client may take to send; an answer in progress (a slow
    // health check) is not idleness, and when the server closes it is bounded by the drain instead.
    request.addIdleTimeoutListener(timeout -> false);
    Response answer = route(request);
    response.setStatus(answer.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    headers.put(NO_STORE);
    headers.put(NOSNIFF);
    answer.headers().forEach(headers::put);
    byte[] body = answer.body();
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    boolean head = request.getMethod().equals("HEAD");
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
    return true;
  }

  private Response route(Request request) {
    String path = request.getHttpURI().getPath();
    Endpoint endpoint = routes.get(path);
    if (endpoint == null) {
      ObjectNode body = Json.object().put("error", "no admin endpoint at " + path);
      routes.keySet().forEach(body.putArray("endpoints")::add);
      return Response.json(404, body);
    }
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Response.error(
              405, "method " + method + " is not allowed on " + path + "; allowed: " + ALLOWED)
          .withHeader("Allow", ALLOWED);
    }
    Map<String, String> query;
    try {
      query = query(request);
    } catch (RuntimeException e) {
      return Response.error(400, "the query of " + path + " is not valid URL encoding");
    }
    try {
      return endpoint.respond(query);
    } catch (IOException | RuntimeException e) {
      log.warn("Admin endpoint {} failed", path, e);
      return Response.error(
          500, "the admin endpoint " + path + " failed; the service log has the details");
    }
  }

  /** The query's parameters, decoded: the first value of each name. */
  private static Map<String, String> query(Request request) {
    Map<String, String> query = new LinkedHashMap<>();
    for (Fields.Field field : Request.extractQueryParameters(request)) {
      query.put(field.getName(), field.getValue());
    }
    return query;
  }
}
