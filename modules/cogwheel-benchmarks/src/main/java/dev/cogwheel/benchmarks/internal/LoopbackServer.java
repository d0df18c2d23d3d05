package dev.cogwheel.benchmarks.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A JDK HTTP server on 127.0.0.1, on a free port, that answers {@code GET }{@value #PATH} with one
 * fixed JSON {@link Reminder} (HTTP/1.1, keep-alive, with a {@code Content-Length}) and anything
 * else with 404. Requests are handled on the server's dispatcher thread, one at a time.
 *
 * <p>The JDK server writes a response's headers and body separately; with Nagle's algorithm on, the
 * body waits for the client's delayed ACK of the headers, about 40 ms on Linux, and every request
 * would measure that. Loading this class therefore sets {@code sun.net.httpserver.nodelay=true}
 * (TCP_NODELAY on the server's sockets) unless it is set, which works only if no JDK HTTP server
 * was created earlier in the JVM.
 */
public final class LoopbackServer implements AutoCloseable {
  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** The path of the reminder, relative to {@link #baseUrl()}. */
  public static final String PATH = "reminders/42";

  /** The body of every answer to {@value #PATH}. */
  public static final String BODY =
      "{\"id\":42,\"text\":\"Water the plants on the balcony\",\"due\":\"2026-11-22T18:30:00Z\","
          + "\"tags\":[\"home\",\"garden\",\"weekly\"],\"done\":false,\"owner\":{\"id\":7,\"name\":\"Ada\"}}";

  private static final byte[] BODY_BYTES = BODY.getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a server on 127.0.0.1 and a free port.
   *
   * @throws UncheckedIOException if it cannot bind
   */
  public static LoopbackServer start() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "LoopbackServer could not bind to 127.0.0.1: " + e.getMessage(), e);
    }
    server.createContext("/", LoopbackServer::handle);
    server.start();
    return new LoopbackServer(server);
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream request = exchange.getRequestBody()) {
      request.readAllBytes();
      if (!"GET".equals(exchange.getRequestMethod())
          || !exchange.getRequestURI().getPath().equals("/" + PATH)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, BODY_BYTES.length);
      try (OutputStream response = exchange.getResponseBody()) {
        response.write(BODY_BYTES);
      }
    }
  }

  /** The server's base URL, {@code http://127.0.0.1:<port>/}. */
  public String baseUrl() {
    return "http://"
        + server.getAddress().getAddress().getHostAddress()
        + ":"
        + server.getAddress().getPort()
        + "/";
  }

  /**
   * Stops the server at once, closing its connections, and waits for its dispatcher thread to end.
   */
  @Override
  public void close() {
    server.stop(0);
  }
}
