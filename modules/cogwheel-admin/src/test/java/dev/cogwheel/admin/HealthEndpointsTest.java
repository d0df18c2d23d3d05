package dev.cogwheel.admin;

import static dev.cogwheel.admin.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.health.HealthCheck;
import com.google.inject.AbstractModule;
import dev.cogwheel.Container;
import dev.cogwheel.LifecycleListener;
import dev.cogwheel.StartupException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealthEndpointsTest {
  private final Registries registries = new Registries();
  private final Gate gate = new Gate();

  @Singleton
  static class SlowToStart {
    @Inject Gate gate;
    @Inject AdminServer admin;

    @PostConstruct
    void start() throws InterruptedException {
      gate.pass(admin);
    }
  }

  @Singleton
  static class Worker {}

  @Singleton
  static class SlowToStop {
    @Inject Gate gate;
    @Inject AdminServer admin;

    @PreDestroy
    void stop() throws InterruptedException {
      gate.pass(admin);
    }
  }

  @Test
  void liveIsUpWhileRunning() {
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/health/live");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Http.contentType(response)).isEqualTo("application/json");
      assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }
  }

  @Test
  void readyIsUpWhileRunningWithEveryCheckHealthy() {
    registries.healthChecks.register("database", healthy());
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/health/ready");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Http.contentType(response)).isEqualTo("application/json");
      assertThat(json(response))
          .isEqualTo(json("{\"status\":\"UP\",\"state\":\"RUNNING\",\"failing\":[]}"));
    }
  }

  @Test
  void readyIsDownWithTheNameAndMessageOfEachFailingCheck() {
    registries.healthChecks.register("cache", healthy());
    registries.healthChecks.register("database", unhealthy("connection refused"));
    registries.healthChecks.register("queue", throwing(new IllegalStateException("queue closed")));
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/health/ready");

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(Http.contentType(response)).isEqualTo("application/json");
      assertThat(json(response))
          .isEqualTo(
              json(
                  "{\"status\":\"DOWN\",\"state\":\"RUNNING\",\"failing\":["
                      + "{\"name\":\"database\",\"message\":\"connection refused\"},"
                      + "{\"name\":\"queue\",\"message\":\"queue closed\"}]}"));
    }
  }

  @Test
  void aCheckThatThrowsWithoutAMessageIsNamedByItsExceptionAndShowsNoStackTrace() {
    registries.healthChecks.register("disk", throwing(new NullPointerException()));
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/health/ready");

      assertThat(json(response).get("failing"))
          .isEqualTo(json("[{\"name\":\"disk\",\"message\":\"java.lang.NullPointerException\"}]"));
      assertThat(response.body())
          .doesNotContain("\tat ", "at java.", "at dev.cogwheel", "HealthEndpointsTest");
    }
  }

  @Test
  void readyIsDownAndLiveIsUpWhileAComponentIsStillStarting() throws Exception {
    Container container =
        TestContainers.builder(registries, gate.module(), bind(SlowToStart.class)).build();
    CompletableFuture<Container> start = CompletableFuture.supplyAsync(container::start);
    try {
      URI admin = gate.awaitEntered();

      HttpResponse<String> ready = Http.send(admin, "GET", "/health/ready");
      HttpResponse<String> live = Http.send(admin, "GET", "/health/live");

      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body())
          .isEqualTo("{\"status\":\"DOWN\",\"state\":\"STARTING\",\"failing\":[]}");
      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(start).isNotDone();
    } finally {
      gate.open();
      start.get(10, TimeUnit.SECONDS).close();
    }
  }

  @Test
  void readyTurnsDownFromTheFirstMomentOfAStopWhileLiveStaysUp() throws Exception {
    Container container = TestContainers.start(registries, gate.module(), bind(SlowToStop.class));
    AdminServer admin = container.getInstance(AdminServer.class);
    assertThat(Http.get(admin, "/health/ready").statusCode()).isEqualTo(200);

    CompletableFuture<Void> stop = CompletableFuture.runAsync(container::stop);
    try {
      gate.awaitEntered();

      HttpResponse<String> ready = Http.get(admin, "/health/ready");
      HttpResponse<String> live = Http.get(admin, "/health/live");

      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(json(ready))
          .isEqualTo(json("{\"status\":\"DOWN\",\"state\":\"STOPPING\",\"failing\":[]}"));
      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(stop).isNotDone();
    } finally {
      gate.open();
      stop.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void readyIsDownBeforeAnythingIsReleased() {
    AtomicReference<AdminServer> admin = new AtomicReference<>();
    AtomicReference<HttpResponse<String>> ready = new AtomicReference<>();
    AtomicReference<Long> releasedSoFar = new AtomicReference<>();
    LifecycleListener probe =
        new LifecycleListener() {
          @Override
          public void stopping(Container container) {
            releasedSoFar.set(
                container.components().stream().filter(c -> c.stopDuration().isPresent()).count());
            ready.set(Http.get(admin.get(), "/health/ready"));
          }
        };
    Container container =
        TestContainers.builder(registries, bind(Worker.class)).listener(probe).build().start();
    admin.set(container.getInstance(AdminServer.class));

    container.stop();

    assertThat(releasedSoFar.get()).isZero();
    assertThat(ready.get().statusCode()).isEqualTo(503);
    assertThat(json(ready.get()))
        .isEqualTo(json("{\"status\":\"DOWN\",\"state\":\"STOPPING\",\"failing\":[]}"));
  }

  @Test
  void readyRunsNoHealthCheckWhileStopping() throws Exception {
    registries.healthChecks.register("database", unhealthy("connection refused"));
    Container container = TestContainers.start(registries, gate.module(), bind(SlowToStop.class));
    AdminServer admin = container.getInstance(AdminServer.class);

    CompletableFuture<Void> stop = CompletableFuture.runAsync(container::stop);
    try {
      gate.awaitEntered();

      assertThat(json(Http.get(admin, "/health/ready")).get("failing")).isEmpty();
    } finally {
      gate.open();
      stop.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void liveIsDownOnceTheStartHasFailedUntilTheServerCloses() {
    FailingStart failing = new FailingStart();
    AtomicReference<HttpResponse<String>> live = new AtomicReference<>();
    LifecycleListener probe =
        new LifecycleListener() {
          @Override
          public void startFailed(Container container, StartupException failure) {
            live.set(Http.send(failing.admin(), "GET", "/health/live"));
          }
        };
    Container container =
        TestContainers.builder(registries, failing.module()).listener(probe).build();

    assertThatThrownBy(container::start)
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("no database");

    assertThat(live.get().statusCode()).isEqualTo(503);
    assertThat(json(live.get())).isEqualTo(json("{\"status\":\"DOWN\",\"state\":\"FAILED\"}"));
  }

  private static AbstractModule bind(Class<?> component) {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(component);
      }
    };
  }

  private static HealthCheck healthy() {
    return new HealthCheck() {
      @Override
      protected Result check() {
        return Result.healthy("fine");
      }
    };
  }

  private static HealthCheck unhealthy(String message) {
    return new HealthCheck() {
      @Override
      protected Result check() {
        return Result.unhealthy(message);
      }
    };
  }

  private static HealthCheck throwing(RuntimeException e) {
    return new HealthCheck() {
      @Override
      protected Result check() {
        throw e;
      }
    };
  }
}
