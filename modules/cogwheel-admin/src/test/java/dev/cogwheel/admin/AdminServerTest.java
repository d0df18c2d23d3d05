package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Stage;
import com.google.inject.name.Names;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import dev.cogwheel.State;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdminServerTest {
  private final Registries registries = new Registries();

  /** Slow to stop, independent of the admin server and made before it, so released after it. */
  static class SlowToStop {
    private final Gate gate;

    SlowToStop(Gate gate) {
      this.gate = gate;
    }

    @PreDestroy
    void stop() throws InterruptedException {
      gate.pass();
    }
  }

  @Singleton
  static class Worker {}

  static class Job implements Runnable {
    @Override
    public void run() {}
  }

  @Test
  void anEphemeralPortIsReportedByPortAddressAndUri() {
    try (Container container = TestContainers.start(registries)) {
      AdminServer admin = container.getInstance(AdminServer.class);

      assertThat(admin.port()).isBetween(1, 65_535);
      assertThat(admin.address()).isEqualTo(new InetSocketAddress("127.0.0.1", admin.port()));
      assertThat(admin.uri()).isEqualTo(URI.create("http://127.0.0.1:" + admin.port() + "/"));
      assertThat(Http.get(admin, "/health/live").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theServerIsTheFirstComponentWhereverItsModuleIsInstalled() {
    AbstractModule components =
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(Worker.class);
            bind(Runnable.class).to(Job.class).in(Singleton.class);
            bind(Worker.class).annotatedWith(Names.named("spare")).to(Worker.class);
            bind(StringBuilder.class).toProvider(StringBuilder::new).in(Singleton.class);
          }
        };
    try (Container container = TestContainers.start(registries, components)) {
      assertThat(container.components())
          .extracting(Component::key)
          .containsExactly(
              Key.get(AdminServer.class),
              Key.get(Runnable.class),
              Key.get(Worker.class),
              Key.get(StringBuilder.class));
    }
  }

  @Test
  void theServerOpensInTheDevelopmentStageToo() {
    try (Container container =
        TestContainers.builder(registries).stage(Stage.DEVELOPMENT).build().start()) {
      assertThat(container.components())
          .extracting(Component::key)
          .containsExactly(Key.get(AdminServer.class));
      assertThat(Http.get(container.getInstance(AdminServer.class), "/health/live").statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void requestsAreHandledOnTheContainersAdminThreads() {
    try (Container container = TestContainers.start(registries)) {
      Http.get(container.getInstance(AdminServer.class), "/health/live");

      assertThat(container.threads())
          .extracting(Thread::getName)
          .allSatisfy(name -> assertThat(name).startsWith("admin-test-"))
          .anySatisfy(name -> assertThat(name).matches("admin-test-admin-\\d+"));
    }
  }

  @Test
  void noThreadIsLeftOnceTheContainerHasStopped() {
    Container container = TestContainers.start(registries);
    Http.get(container.getInstance(AdminServer.class), "/health/live");
    assertThat(container.threads()).isNotEmpty();

    container.stop();

    await().atMost(Duration.ofSeconds(5)).until(() -> container.threads().isEmpty());
  }

  @Test
  void theServerAnswersUntilTheLastComponentHasBeenReleased() throws Exception {
    Gate gate = new Gate();
    Container container =
        Container.builder()
            .name("admin-test")
            .modules(
                registries,
                gate.module(),
                new AbstractModule() {
                  @Provides
                  @Singleton
                  SlowToStop slowToStop(Gate gate) {
                    return new SlowToStop(gate);
                  }
                },
                new AdminModule(TestContainers.EPHEMERAL))
            .build()
            .start();
    AdminServer admin = container.getInstance(AdminServer.class);
    assertThat(container.components())
        .extracting(Component::key)
        .containsExactly(Key.get(AdminServer.class), Key.get(SlowToStop.class));

    CompletableFuture<Void> stop = CompletableFuture.runAsync(container::stop);
    try {
      gate.awaitEntered();

      assertThat(container.components())
          .filteredOn(c -> c.key().equals(Key.get(AdminServer.class)))
          .singleElement()
          .satisfies(c -> assertThat(c.stopDuration()).isEmpty()); // released last
      assertThat(Http.get(admin, "/health/live").statusCode()).isEqualTo(200);
      assertThat(stop).isNotDone();
    } finally {
      gate.open();
      stop.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theServerIsClosedOnceTheContainerHasStopped() {
    Container container = TestContainers.start(registries);
    int port = container.getInstance(AdminServer.class).port();

    container.stop();

    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertRefused(port);
  }

  @Test
  void theServerIsClosedOnceAFailedStartHasRolledBack() {
    FailingStart failing = new FailingStart();
    Container container = TestContainers.builder(registries, failing.module()).build();

    assertThatThrownBy(container::start).isInstanceOf(StartupException.class);

    assertThat(container.state()).isEqualTo(State.FAILED);
    assertRefused(failing.admin().getPort());
    await().atMost(Duration.ofSeconds(5)).until(() -> container.threads().isEmpty());
  }

  @Test
  void aRestartOpensAFreshServer() {
    Container container = TestContainers.start(registries);
    try {
      AdminServer first = container.getInstance(AdminServer.class);
      container.stop();

      container.start();
      AdminServer second = container.getInstance(AdminServer.class);

      assertThat(second).isNotSameAs(first);
      assertThat(Http.get(second, "/health/ready").statusCode()).isEqualTo(200);
    } finally {
      container.stop();
    }
  }

  @Test
  void aPortThatIsTakenFailsTheStartWithAMessageNamingHostAndPort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Container container =
          Container.builder()
              .name("admin-test")
              .modules(new AdminModule(AdminSettings.builder().port(port).build()), registries)
              .build();

      assertThatThrownBy(container::start)
          .isInstanceOf(StartupException.class)
          .hasMessageContaining(
              "admin server cannot listen on 127.0.0.1:" + port + " (AdminSettings host and port)")
          .hasCauseInstanceOf(BindException.class)
          .satisfies(
              e ->
                  assertThat(((StartupException) e).component())
                      .contains(Key.get(AdminServer.class)));
      assertThat(container.state()).isEqualTo(State.FAILED);
      await().atMost(Duration.ofSeconds(5)).until(() -> container.threads().isEmpty());
    }
  }

  @Test
  void withoutBoundRegistriesTheStartFailsNamingThem() {
    Container container =
        Container.builder()
            .name("admin-test")
            .modules(new AdminModule(TestContainers.EPHEMERAL))
            .build();

    assertThatThrownBy(container::start)
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(
            "AdminServer needs "
                + MetricRegistry.class.getName()
                + ", "
                + HealthCheckRegistry.class.getName()
                + " and "
                + PrometheusRegistry.class.getName()
                + " bound explicitly: install dev.cogwheel.metrics.MetricsModule, or bind them yourself");
  }

  private static void assertRefused(int port) {
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
  }

  private static AbstractModule bind(Class<?> component) {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(component);
      }
    };
  }
}
