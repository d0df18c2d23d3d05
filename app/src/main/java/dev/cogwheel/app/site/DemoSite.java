package dev.cogwheel.app.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cogwheel.Container;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded demo site API: a JSON REST server on 127.0.0.1 (an ephemeral port) with reminders
 * that fall due over the first minute. A managed component: it starts before the API client that
 * talks to it and stops after it.
 *
 * <ul>
 *   <li>{@code GET /api/status} — {@code {"status":"ok"}}
 *   <li>{@code GET /api/reminders} — every reminder; {@code ?due=true} for those due and not
 *       delivered
 *   <li>{@code PATCH /api/reminders/{id}} with {@code {"delivered":true}} — claims a reminder: 200
 *       the first time, 409 after
 *   <li>{@code GET /api/stats} — counts
 * </ul>
 */
@Singleton
public final class DemoSite {
  private static final Logger log = LoggerFactory.getLogger(DemoSite.class);
  private static final Pattern REMINDER_PATH = Pattern.compile("/api/reminders/(\\d+)");

  private final Container container;
  private final ReminderStore store = new ReminderStore(Clock.systemUTC());
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private HttpServer server;
  private ExecutorService executor;

  @Inject
  DemoSite(Container container) {
    this.container = container;
  }

  @PostConstruct
  void start() throws IOException {
    store.seed(30, Duration.ofSeconds(1), Duration.ofSeconds(2));
    executor = Executors.newFixedThreadPool(2, container.threadFactory("demo-site"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/api/", this::handle);
    server.start();
    log.info(
        "Demo site API at {} with {} reminders due over the next minute",
        baseUrl(),
        store.all().size());
  }

  @PreDestroy
  void stop() throws InterruptedException {
    server.stop(0);
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** The base URL of the API, for example {@code http://127.0.0.1:41234/api/}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      Matcher reminder = REMINDER_PATH.matcher(path);
      if (path.equals("/api/status")) {
        if (isGet(exchange, method)) {
          send(exchange, 200, Map.of("status", "ok"));
        }
      } else if (path.equals("/api/reminders")) {
        if (isGet(exchange, method)) {
          String query = exchange.getRequestURI().getQuery();
          send(exchange, 200, "due=true".equals(query) ? store.due() : store.all());
        }
      } else if (path.equals("/api/stats")) {
        if (isGet(exchange, method)) {
          send(exchange, 200, store.stats());
        }
      } else if (reminder.matches()) {
        long id = Long.parseLong(reminder.group(1));
        if (method.equals("GET")) {
          Optional<Reminder> found = store.get(id);
          if (found.isPresent()) {
            send(exchange, 200, found.get());
          } else {
            send(exchange, 404, Map.of("error", "no reminder " + id));
          }
        } else if (method.equals("PATCH")) {
          patch(exchange, id);
        } else {
          exchange.getResponseHeaders().set("Allow", "GET, PATCH");
          send(exchange, 405, Map.of("error", method + " not allowed on " + path));
        }
      } else {
        send(exchange, 404, Map.of("error", "no such endpoint " + path));
      }
    }
  }

  private void patch(HttpExchange exchange, long id) throws IOException {
    JsonNode body;
    try (InputStream in = exchange.getRequestBody()) {
      body = json.readTree(in);
    } catch (JsonProcessingException e) {
      send(exchange, 400, Map.of("error", "body is not JSON: " + e.getOriginalMessage()));
      return;
    }
    if (body == null || !body.path("delivered").asBoolean(false)) {
      send(exchange, 400, Map.of("error", "expected {\"delivered\":true}"));
      return;
    }
    switch (store.claim(id)) {
      case CLAIMED:
        send(exchange, 200, store.get(id).orElseThrow());
        break;
      case ALREADY_DELIVERED:
        send(exchange, 409, Map.of("error", "reminder " + id + " was already delivered"));
        break;
      default:
        send(exchange, 404, Map.of("error", "no reminder " + id));
    }
  }

  /** Whether the request is a GET; answers 405 if not. */
  private boolean isGet(HttpExchange exchange, String method) throws IOException {
    if (method.equals("GET")) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", "GET");
    send(
        exchange,
        405,
        Map.of("error", method + " not allowed on " + exchange.getRequestURI().getPath()));
    return false;
  }

  private void send(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
