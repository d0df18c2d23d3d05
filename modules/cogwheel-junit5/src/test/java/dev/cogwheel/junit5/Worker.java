package dev.cogwheel.junit5;

import dev.cogwheel.Container;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A component that owns a thread from its container's factory and shuts it down at stop. */
@Singleton
final class Worker {
  private final ExecutorService executor;

  @Inject
  Worker(Container container) {
    executor = Executors.newSingleThreadExecutor(container.threadFactory("worker"));
  }

  @PostConstruct
  void start() {
    executor.execute(() -> {});
  }

  @PreDestroy
  void stop() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }
}
