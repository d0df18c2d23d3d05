package dev.cogwheel.internal;

import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.Stage;

/**
 * The component graph of one run, read from its injector once, at its first use: when the start
 * begins, or before, if Guice performs an injection of the user's first (a static injection that
 * the root's modules request comes before the container's, which is a private module's). Until the
 * injector has every binding, the graph is empty.
 */
final class RunGraph {
  private final Stage stage;
  private final StartFailures failures;
  private final ComponentGraph unread = ComponentGraph.empty();
  private volatile ComponentGraph graph = unread;
  private volatile Provider<Injector> hidden;

  RunGraph(Stage stage, StartFailures failures) {
    this.stage = stage;
    this.failures = failures;
  }

  /**
   * Sets the lookup of the injector of the container's private module, whose parent is the run's
   * injector; Guice makes it usable once the injector has every binding.
   */
  void lookup(Provider<Injector> hidden) {
    this.hidden = hidden;
  }

  /**
   * The graph, read now if this is its first use.
   *
   * @throws LifecycleDeclarationException if a {@code LifecycleBinder} declaration is wrong
   */
  ComponentGraph get() {
    ComponentGraph current = graph;
    return current != unread ? current : read();
  }

  private synchronized ComponentGraph read() {
    if (graph == unread && hidden != null) {
      try {
        graph = GraphReader.read(hidden.get().getParent(), stage);
      } catch (LifecycleDeclarationException e) {
        failures.record(null, e);
        throw e;
      }
    }
    return graph;
  }
}
