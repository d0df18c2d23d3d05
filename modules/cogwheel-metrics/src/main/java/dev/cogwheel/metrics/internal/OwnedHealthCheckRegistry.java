package dev.cogwheel.metrics.internal;

import com.codahale.metrics.health.HealthCheckRegistry;
import dev.cogwheel.Container;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;

/**
 * The {@link HealthCheckRegistry} that {@link dev.cogwheel.metrics.MetricsModule} creates when the
 * user supplies none. Asynchronous health checks ({@code @Async}) run on the container's threads,
 * named {@code <container>-health-<n>}, which end when the registry is released at stop.
 *
 * <p>Bound as {@code bind(HealthCheckRegistry.class).to(OwnedHealthCheckRegistry.class)
 * .in(Singleton.class)}, so the component is known by the key users inject, {@code
 * HealthCheckRegistry}; the class carries no scope of its own, or it would be a second singleton.
 */
public final class OwnedHealthCheckRegistry extends HealthCheckRegistry {
  private static final int ASYNC_THREADS = 2;

  @Inject
  OwnedHealthCheckRegistry(Container container) {
    super(Executors.newScheduledThreadPool(ASYNC_THREADS, container.threadFactory("health")));
  }

  @PreDestroy
  void release() {
    shutdown();
  }
}
