package dev.cogwheel.admin.internal;

import com.google.inject.Injector;
import com.google.inject.Key;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that types the admin server needs are bound explicitly. {@code MetricRegistry} and {@code
 * HealthCheckRegistry} have public no-argument constructors, so without a binding Guice would
 * quietly make the server a private, empty registry of its own, and {@code /metrics} and {@code
 * /health/ready} would report nothing.
 */
public final class RequiredBindings {
  private RequiredBindings() {}

  /**
   * Throws unless each of {@code types} is bound explicitly in {@code injector} or one of its
   * parents.
   *
   * @throws IllegalStateException naming the missing types and how to bind them
   */
  public static void check(Injector injector, Class<?>... types) {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : types) {
      if (!boundExplicitly(injector, Key.get(type))) {
        missing.add(type.getName());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "AdminServer needs "
              + String.join(" and ", missing)
              + " bound explicitly: install "
              + "dev.cogwheel.metrics.MetricsModule, or bind them yourself; without a binding Guice "
              + "would make the admin server an empty registry of its own");
    }
  }

  private static boolean boundExplicitly(Injector injector, Key<?> key) {
    for (Injector i = injector; i != null; i = i.getParent()) {
      if (i.getBindings().containsKey(key)) {
        return true;
      }
    }
    return false;
  }
}
