package dev.cogwheel.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP requests to an admin server, with the JDK's client. Its threads are made in the test
 * runner's thread group, never in a container's, so they never count as a container's leak.
 */
final class Http {
  private static final ThreadGroup GROUP = Thread.currentThread().getThreadGroup();
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService EXECUTOR =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(GROUP, r, "test-http-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(EXECUTOR)
          .build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  static HttpResponse<String> get(AdminServer server, String path) {
    return send(server, "GET", path);
  }

  static HttpResponse<String> head(AdminServer server, String path) {
    return send(server, "HEAD", path);
  }

  static HttpResponse<String> send(AdminServer server, String method, String path) {
    return send(server.uri(), method, path);
  }

  static HttpResponse<String> send(URI base, String method, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(10))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + request.uri(), e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return json(response.body());
  }

  static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse(null);
  }
}
