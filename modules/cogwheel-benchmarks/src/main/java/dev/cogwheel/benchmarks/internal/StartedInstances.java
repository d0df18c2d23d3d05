package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the least lifecycles started, in order: each instance's {@code @PostConstruct} methods are
 * run as it is added, its {@code @PreDestroy} methods in reverse order at {@link #stop}. Not
 * thread-safe.
 */
final class StartedInstances {
  private final List<Object> started = new ArrayList<>();

  /**
   * Runs the {@code @PostConstruct} methods of {@code instance} and remembers it, unless {@code
   * methods} (its class's) has no lifecycle method at all.
   *
   * @throws IllegalStateException naming the method if one fails
   */
  void start(Object instance, OwnLifecycleMethods methods) {
    if (!methods.isEmpty()) {
      OwnLifecycleMethods.invoke(methods.postConstruct(), instance);
      started.add(instance);
    }
  }

  /**
   * Calls the {@code @PreDestroy} methods of every instance started, the last started first.
   *
   * @throws IllegalStateException naming the method if one fails; the rest are not called
   */
  void stop() {
    for (int i = started.size() - 1; i >= 0; i--) {
      Object instance = started.get(i);
      OwnLifecycleMethods.invoke(
          OwnLifecycleMethods.of(instance.getClass()).preDestroy(), instance);
    }
    started.clear();
  }
}
