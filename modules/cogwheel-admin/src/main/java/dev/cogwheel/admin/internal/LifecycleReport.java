package dev.cogwheel.admin.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code /lifecycle}: the container's state and its managed components in start order.
 *
 * <pre>{@code
 * {"container":"bot","state":"RUNNING","components":[
 *   {"key":"ApiClient","type":"com.example.ApiClient","startOrder":3,
 *    "startedAt":"2026-11-22T10:15:30.123Z","startMillis":4.2,
 *    "stopMillis":null,"stopFailure":null,"dependencies":["HttpSession"]}]}
 * }</pre>
 *
 * <p>Durations are milliseconds with microsecond precision; {@code stopMillis} is {@code null}
 * until the component has been released. A failed release is reported by its exception's class
 * only: exception messages can carry anything, secrets included.
 */
public final class LifecycleReport implements Endpoint {
  private final Container container;

  /** The report of {@code container}. */
  public LifecycleReport(Container container) {
    this.container = container;
  }

  @Override
  public Response respond(Map<String, String> query) {
    ObjectNode report =
        Json.object().put("container", container.name()).put("state", container.state().name());
    List<Component> components = container.components();
    ComponentNames names = new ComponentNames(components);
    ArrayNode list = report.putArray("components");
    for (Component component : components) {
      ObjectNode entry = list.addObject();
      entry.put("key", component.name());
      entry.put("type", component.type().getName());
      entry.put("startOrder", component.startOrder());
      entry.put("startedAt", component.startedAt().toString());
      entry.put("startMillis", millis(component.startDuration()));
      component
          .stopDuration()
          .ifPresentOrElse(
              d -> entry.put("stopMillis", millis(d)), () -> entry.putNull("stopMillis"));
      component
          .stopFailure()
          .ifPresentOrElse(
              f -> entry.put("stopFailure", f.getClass().getName()),
              () -> entry.putNull("stopFailure"));
      ArrayNode dependencies = entry.putArray("dependencies");
      component.dependencies().forEach(key -> dependencies.add(names.name(key)));
    }
    return Response.json(200, report);
  }

  private static double millis(Duration duration) {
    return duration.toNanos() / 1_000 / 1_000.0;
  }
}
