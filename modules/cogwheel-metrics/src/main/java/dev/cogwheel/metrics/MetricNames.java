package dev.cogwheel.metrics;

import dev.cogwheel.Component;
import java.util.Objects;

/**
 * The names of the metrics that {@link MetricsModule} registers, so that code reading them (an
 * admin page, a dashboard test) does not repeat string literals.
 *
 * <p>Every name starts with {@code cogwheel.}. Names that carry a component end with the
 * component's {@linkplain #segment(String) segment}: its {@link Component#name()} (the key's type
 * and qualifier, without package names) with whitespace and double quotes removed and dots turned
 * into underscores, so that it stays one node of a Graphite path. For example the start timer of a
 * component bound as {@code @Named("site") ApiClient} is {@code
 * cogwheel.component.start.ApiClient@Named(site)}. Two components whose keys differ only in their
 * packages share their timers.
 */
public final class MetricNames {
  /** Timer: how long the whole container start took, one update per successful start. */
  public static final String CONTAINER_START = "cogwheel.container.start";

  /** Timer: how long the whole container stop took, one update per stop. */
  public static final String CONTAINER_STOP = "cogwheel.container.stop";

  /** Gauge of {@code String}: the container's {@link dev.cogwheel.State} by name. */
  public static final String CONTAINER_STATE = "cogwheel.container.state";

  /**
   * Gauge of {@code Integer}: 1 while the container is {@link dev.cogwheel.State#RUNNING}, else 0;
   * the numeric form of {@link #CONTAINER_STATE} for back ends that only take numbers (Graphite).
   */
  public static final String CONTAINER_RUNNING = "cogwheel.container.running";

  /** Gauge of {@code Integer}: the managed components that have started and not yet stopped. */
  public static final String CONTAINER_COMPONENTS = "cogwheel.container.components";

  /** Counter: the components whose release threw or ran past the stop timeout. */
  public static final String COMPONENT_STOP_FAILURES = "cogwheel.component.stop-failures";

  /**
   * Counter: the Graphite reports that could not be delivered (connection refused, host unknown,
   * write failed).
   */
  public static final String GRAPHITE_REPORT_FAILURES = "cogwheel.reporter.graphite.failures";

  private static final String COMPONENT_START_PREFIX = "cogwheel.component.start.";
  private static final String COMPONENT_STOP_PREFIX = "cogwheel.component.stop.";

  private MetricNames() {}

  /**
   * The name of the timer of {@code component}'s start, {@code cogwheel.component.start.<segment>}.
   */
  public static String componentStart(Component component) {
    return COMPONENT_START_PREFIX + segment(component.name());
  }

  /**
   * The name of the timer of {@code component}'s stop, {@code cogwheel.component.stop.<segment>}.
   */
  public static String componentStop(Component component) {
    return COMPONENT_STOP_PREFIX + segment(component.name());
  }

  /**
   * {@code name} as one node of a metric name: whitespace and double quotes removed, dots turned
   * into underscores. {@code ApiClient @Named("api.v1")} becomes {@code ApiClient@Named(api_v1)}.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public static String segment(String name) {
    Objects.requireNonNull(name, "name");
    StringBuilder segment = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.') {
        segment.append('_');
      } else if (c != '"' && !Character.isWhitespace(c)) {
        segment.append(c);
      }
    }
    return segment.toString();
  }
}
