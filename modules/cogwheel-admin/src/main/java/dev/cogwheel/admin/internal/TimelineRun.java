package dev.cogwheel.admin.internal;

import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import dev.cogwheel.State;
import java.util.List;
import java.util.Objects;

/**
 * One run of a container as a timeline draws it: the container's name and state, its components in
 * start order, and how its start failed, if it did.
 *
 * @param container the container's name
 * @param state the container's state
 * @param components the components in start order, with their spans
 * @param failure how the start failed, or {@code null}
 */
public record TimelineRun(
    String container, State state, List<Component> components, StartFailure failure) {

  /** Checks and copies the parts. */
  public TimelineRun {
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(state, "state");
    components = List.copyOf(components);
  }

  /** The current (or last) run of {@code container}. */
  public static TimelineRun of(Container container) {
    return new TimelineRun(container.name(), container.state(), container.components(), null);
  }

  /** The last run of {@code container}, whose start failed with {@code failure}. */
  public static TimelineRun of(Container container, StartupException failure) {
    List<Component> components = container.components();
    return new TimelineRun(
        container.name(), container.state(), components, StartFailure.of(failure, components));
  }
}
