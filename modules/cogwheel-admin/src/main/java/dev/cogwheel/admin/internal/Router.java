package dev.cogwheel.admin.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin server's one handler: sends each request to the endpoint of its exact path, and answers
 * the HTTP conventions itself — 404 for an unknown path, 405 with {@code Allow} for a method other
 * than {@code GET} or {@code HEAD}, a {@code HEAD} with the headers of the {@code GET} and no body,
 * 500 (without details) when an endpoint fails. Every response carries a {@code Content-Type}.
 *
 * <p>Thread-safe. It counts the exchanges in progress so that the server can let them finish before
 * it closes.
 */
public final class Router implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(Router.class);
  private static final String ALLOWED = "GET, HEAD";

  private final Map<String, Endpoint> routes;
  private int inFlight;

  /** A router of {@code routes}: exact paths, listed in this order in 404 answers. */
  public Router(Map<String, Endpoint> routes) {
    this.routes = new LinkedHashMap<>(routes);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    enter();
    try {
      send(exchange, route(exchange));
    } finally {
      exchange.close();
      exit();
    }
  }

  /**
   * Waits until no exchange is in progress, at most {@code timeout}.
   *
   * @return whether none is in progress
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (inFlight > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  private Response route(HttpExchange exchange) {
    String path = exchange.getRequestURI().getRawPath();
    Endpoint endpoint = routes.get(path);
    if (endpoint == null) {
      ObjectNode body = Json.object().put("error", "no admin endpoint at " + path);
      routes.keySet().forEach(body.putArray("endpoints")::add);
      return Response.json(404, body);
    }
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Response.error(
              405, "method " + method + " is not allowed on " + path + "; allowed: " + ALLOWED)
          .withHeader("Allow", ALLOWED);
    }
    try {
      return endpoint.respond(query(exchange.getRequestURI().getRawQuery()));
    } catch (IOException | RuntimeException e) {
      log.warn("Admin endpoint {} failed", path, e);
      return Response.error(
          500, "the admin endpoint " + path + " failed; the service log has the details");
    }
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    response.headers().forEach(headers::set);
    byte[] body = response.body();
    if (exchange.getRequestMethod().equals("HEAD")) {
      headers.set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The query's parameters; the JDK server has already refused a query with malformed escapes. */
  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.putIfAbsent(name, value);
    }
    return query;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private synchronized void enter() {
    inFlight++;
  }

  private synchronized void exit() {
    inFlight--;
    if (inFlight == 0) {
      notifyAll();
    }
  }
}
