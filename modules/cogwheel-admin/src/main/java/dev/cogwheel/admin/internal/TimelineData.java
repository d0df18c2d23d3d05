package dev.cogwheel.admin.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Key;
import dev.cogwheel.Component;
import dev.cogwheel.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The document a timeline page draws: a run's components with their start and stop spans placed on
 * two time axes (milliseconds from the first start and from the first release), their lanes (one
 * per thread), the critical path of the start, and the dependency graph in layers.
 *
 * <pre>{@code
 * {"container":"bot","state":"RUNNING","live":true,"failure":null,
 *  "start":{"millis":412.5,"lanes":["bot-start-1"],"criticalMillis":400.1},
 *  "stop":{"millis":0.0,"lanes":[]},
 *  "components":[{"id":1,"key":"ApiClient","type":"com.example.ApiClient","critical":true,
 *    "failed":false,"layer":0,"dependencies":[],"dependents":[2],
 *    "start":{"lane":0,"thread":"bot-start-1","begin":0.0,"end":12.5,"own":12.5},
 *    "stop":null,"stopFailure":null}]}
 * }</pre>
 *
 * <p>A component's {@code id} is its start order. A failed start adds its failed component last,
 * with {@code "failed":true}, in a lane of its own (its thread is not recorded), and {@code
 * "failure":{"component":id or null,"cause":class name}}. Durations are milliseconds with
 * microsecond precision. Failures are named by their class only.
 */
public final class TimelineData {
  private final TimelineRun run;
  private final List<Component> components;
  private final Component failed;
  private final Map<Key<?>, Component> byKey = new HashMap<>();

  private TimelineData(TimelineRun run) {
    this.run = run;
    this.failed = run.failure() == null ? null : run.failure().component();
    this.components = new ArrayList<>(run.components());
    if (failed != null) {
      components.add(failed);
    }
    components.forEach(c -> byKey.put(c.key(), c));
  }

  /**
   * The document of {@code run}.
   *
   * @param live whether the page may fetch newer documents from where it was served
   */
  public static ObjectNode of(TimelineRun run, boolean live) {
    return new TimelineData(run).document(live);
  }

  private ObjectNode document(boolean live) {
    ObjectNode document =
        Json.object()
            .put("container", run.container())
            .put("state", run.state().name())
            .put("live", live);
    if (run.failure() == null) {
      document.putNull("failure");
    } else {
      document
          .putObject("failure")
          .put("cause", run.failure().cause())
          .put("component", failed == null ? null : failed.startOrder());
    }
    Set<Component> critical = new HashSet<>(CriticalPath.of(run.components()));
    Axis start = new Axis(c -> Optional.of(c.startSpan()));
    Axis stop = new Axis(Component::stopSpan);
    start
        .put(document.putObject("start"))
        .put(
            "criticalMillis",
            millis(
                critical.stream()
                    .map(Component::startDuration)
                    .reduce(Duration.ZERO, Duration::plus)));
    stop.put(document.putObject("stop"));
    Map<Key<?>, Integer> layers = layers();
    Map<Key<?>, List<Integer>> dependents = dependents();
    ArrayNode list = document.putArray("components");
    for (Component component : components) {
      boolean isFailed = component == failed;
      ObjectNode entry =
          list.addObject()
              .put("id", component.startOrder())
              .put("key", component.name())
              .put("type", component.type().getName())
              .put("critical", critical.contains(component))
              .put("failed", isFailed)
              .put("layer", layers.get(component.key()));
      ArrayNode dependencies = entry.putArray("dependencies");
      component.dependencies().stream()
          .map(byKey::get)
          .filter(d -> d != null)
          .forEach(d -> dependencies.add(d.startOrder()));
      ArrayNode dependentIds = entry.putArray("dependents");
      dependents.getOrDefault(component.key(), List.of()).forEach(dependentIds::add);
      ObjectNode startSpan = start.put(entry.putObject("start"), component.startSpan(), isFailed);
      startSpan.put("own", millis(component.startDuration()));
      component
          .stopSpan()
          .ifPresentOrElse(
              s -> stop.put(entry.putObject("stop"), s, false), () -> entry.putNull("stop"));
      component
          .stopFailure()
          .ifPresentOrElse(
              f -> entry.put("stopFailure", f.getClass().getName()),
              () -> entry.putNull("stopFailure"));
    }
    return document;
  }

  /**
   * Each component's layer: 0 without dependencies, else one more than its deepest dependency's.
   */
  private Map<Key<?>, Integer> layers() {
    Map<Key<?>, Integer> layers = new HashMap<>();
    int deepest = -1;
    for (Component component : run.components()) {
      int layer =
          component.dependencies().stream()
              .filter(layers::containsKey)
              .mapToInt(k -> layers.get(k) + 1)
              .max()
              .orElse(0);
      layers.put(component.key(), layer);
      deepest = Math.max(deepest, layer);
    }
    if (failed != null) {
      layers.put(failed.key(), deepest + 1);
    }
    return layers;
  }

  private Map<Key<?>, List<Integer>> dependents() {
    Map<Key<?>, List<Integer>> dependents = new HashMap<>();
    for (Component component : components) {
      for (Key<?> key : component.dependencies()) {
        if (byKey.containsKey(key)) {
          dependents.computeIfAbsent(key, k -> new ArrayList<>()).add(component.startOrder());
        }
      }
    }
    return dependents;
  }

  static double millis(Duration duration) {
    return duration.toNanos() / 1_000 / 1_000.0;
  }

  /**
   * One time axis: its origin (the earliest span) and its lanes: threads, by their first span, then
   * the failed component's lane.
   */
  private final class Axis {
    private final Instant origin;
    private final Instant end;
    private final Map<String, Integer> lanes = new LinkedHashMap<>();
    private boolean failedLane;

    Axis(Function<Component, Optional<Span>> span) {
      List<Span> spans = new ArrayList<>();
      List<Span> threads = new ArrayList<>();
      for (Component component : components) {
        Optional<Span> s = span.apply(component);
        s.ifPresent(spans::add);
        if (component != failed) {
          s.ifPresent(threads::add);
        } else if (s.isPresent()) {
          failedLane = true;
        }
      }
      origin = spans.stream().map(Span::begin).min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
      end = spans.stream().map(Span::end).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
      threads.sort(Comparator.comparing(Span::begin));
      threads.forEach(s -> lanes.putIfAbsent(s.thread(), lanes.size()));
    }

    /** Puts the axis' length and lanes (thread names; {@code null} for the failed component's). */
    ObjectNode put(ObjectNode node) {
      ArrayNode names = node.put("millis", millis(Duration.between(origin, end))).putArray("lanes");
      lanes.keySet().forEach(names::add);
      if (failedLane) {
        names.addNull();
      }
      return node;
    }

    /** Puts {@code span} on this axis. */
    ObjectNode put(ObjectNode node, Span span, boolean inFailedLane) {
      return node.put("lane", inFailedLane ? lanes.size() : lanes.get(span.thread()))
          .put("thread", inFailedLane ? null : span.thread())
          .put("begin", millis(Duration.between(origin, span.begin())))
          .put("end", millis(Duration.between(origin, span.end())));
    }
  }
}
