package dev.cogwheel.admin.internal;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogwheel.Container;
import dev.cogwheel.State;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /health/ready}: 200 only while the container is {@code RUNNING}, its start has been
 * announced and not yet followed by a stop, and every health check is healthy; 503 otherwise.
 *
 * <p>The body is always {@code {"status":"UP"|"DOWN","state":<container state>,"failing":[...]}},
 * where {@code failing} lists each unhealthy check by name and message — never a stack trace.
 * Health checks run only while the container is ready to serve; during start and stop the state
 * alone answers, so no check touches a component that is not yet started or already released.
 *
 * <p>Thread-safe: {@link #open()} and {@link #close()} come from lifecycle events, {@link #respond}
 * from the server's threads.
 */
public final class Readiness implements Endpoint {
  private final Container container;
  private final HealthCheckRegistry healthChecks;
  private volatile boolean open;

  /** The readiness of {@code container}, closed until {@link #open()}. */
  public Readiness(Container container, HealthCheckRegistry healthChecks) {
    this.container = container;
    this.healthChecks = healthChecks;
  }

  /** The container has started: readiness depends on the health checks from now on. */
  public void open() {
    open = true;
  }

  /** A stop has begun, or the start failed: not ready, from this moment on. */
  public void close() {
    open = false;
  }

  @Override
  public Response respond(Map<String, String> query) {
    if (!serving()) {
      return notServing(container.state());
    }
    ArrayNode failing = Json.array();
    healthChecks
        .runHealthChecks()
        .forEach(
            (name, result) -> {
              if (!result.isHealthy()) {
                failing.addObject().put("name", name).put("message", messageOf(result));
              }
            });
    boolean ready = failing.isEmpty() && serving();
    return answer(ready ? 200 : 503, ready ? "UP" : "DOWN", failing);
  }

  private boolean serving() {
    return open && container.state() == State.RUNNING;
  }

  /**
   * The answer while the container is not running, the same bytes as the JSON tree's without
   * Jackson: a probe polled during a cold start answers this many times, and on its first answer
   * would otherwise make Jackson's serialisers while the components start.
   */
  private static Response notServing(State state) {
    String body = "{\"status\":\"DOWN\",\"state\":\"" + state.name() + "\",\"failing\":[]}";
    return Response.of(503, Response.JSON, body.getBytes(StandardCharsets.US_ASCII));
  }

  private Response answer(int status, String verdict, ArrayNode failing) {
    ObjectNode body = Json.object().put("status", verdict).put("state", container.state().name());
    body.set("failing", failing);
    return Response.json(status, body);
  }

  /** The check's message; for a check that threw without one, the exception's class. */
  private static String messageOf(HealthCheck.Result result) {
    if (result.getMessage() != null) {
      return result.getMessage();
    }
    if (result.getError() != null) {
      return result.getError().getClass().getName();
    }
    return "unhealthy";
  }
}
