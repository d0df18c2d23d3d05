package dev.cogwheel.admin.internal;

import dev.cogwheel.Container;
import dev.cogwheel.State;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /health/live}: 200 {@code {"status":"UP"}} while the container can serve, 503 {@code
 * {"status":"DOWN","state":"FAILED"}} once its start has failed.
 *
 * <p>Liveness says whether restarting the process could help, so it is deliberately narrow: a
 * container that is starting, running, stopping or stopped is alive; only a failed start, after
 * which nothing is left running, is not.
 */
public final class Liveness implements Endpoint {
  private final Container container;

  /** The liveness of {@code container}. */
  public Liveness(Container container) {
    this.container = container;
  }

  @Override
  public Response respond(Map<String, String> query) {
    State state = container.state();
    if (state == State.FAILED) {
      return Response.json(503, Json.object().put("status", "DOWN").put("state", state.name()));
    }
    // Written without Jackson: a probe polled from the JVM's start would otherwise make Jackson's
    // serialisers while the components start.
    return Response.of(
        200, Response.JSON, "{\"status\":\"UP\"}".getBytes(StandardCharsets.US_ASCII));
  }
}
