package dev.cogwheel.metrics.internal;

import com.codahale.metrics.health.HealthCheckRegistry;
import dev.cogwheel.Container;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.Executors;

/**
 * The {@link HealthCheckRegistry} that {@link dev.cogwheel.metrics.MetricsModule} creates when the
 * user supplies none. Asynchronous health checks ({@code @Async}) run on the container's threads,
 * named {@code <container>-health-<n>}, which end when the registry is released at stop.
 */
@Singleton
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
