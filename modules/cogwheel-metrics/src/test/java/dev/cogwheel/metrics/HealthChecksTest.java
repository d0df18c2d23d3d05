package dev.cogwheel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Stage;
import com.google.inject.name.Named;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthChecksTest {
  private final HealthCheckRegistry registry = new HealthCheckRegistry();
  private Container container;

  @AfterEach
  void stop() {
    if (container != null) {
      container.stop();
      await().until(() -> container.threads().isEmpty());
    }
    registry.shutdown();
  }

  @Test
  void containerCheckIsHealthyWhileTheContainerRuns() {
    container = start("health-running", new AbstractModule() {});

    HealthCheck.Result result = registry.runHealthCheck(MetricsModule.CONTAINER_HEALTH_CHECK);

    assertThat(result.isHealthy()).isTrue();
    assertThat(result.getMessage()).isEqualTo("container 'health-running' is RUNNING");
  }

  @Test
  void containerCheckIsUnhealthyOnceTheContainerStops() {
    container = start("health-stopped", new AbstractModule() {});
    HealthCheck check = registry.getHealthCheck(MetricsModule.CONTAINER_HEALTH_CHECK);

    container.stop();

    HealthCheck.Result result = check.execute();
    assertThat(result.isHealthy()).isFalse();
    assertThat(result.getMessage()).isEqualTo("container 'health-stopped' is STOPPED");
  }

  @Test
  void containerCheckIsUnhealthyWhileTheContainerStarts() {
    container =
        start(
            "health-starting",
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(StartingProbe.class);
              }
            });

    HealthCheck.Result atStart = container.getInstance(StartingProbe.class).result;
    assertThat(atStart.isHealthy()).isFalse();
    assertThat(atStart.getMessage()).isEqualTo("container 'health-starting' is STARTING");
  }

  @Test
  void managedComponentsThatAreHealthChecksAreRegisteredUnderTheirNames() {
    container = start("health-components", new Checks());

    assertThat(registry.getNames())
        .containsExactly(
            "HealthChecksTest$DatabaseCheck",
            "HealthChecksTest$DatabaseCheck@Named(replica)",
            MetricsModule.CONTAINER_HEALTH_CHECK);
    assertThat(registry.getHealthCheck("HealthChecksTest$DatabaseCheck"))
        .isSameAs(container.getInstance(DatabaseCheck.class));
    assertThat(
            registry.runHealthCheck("HealthChecksTest$DatabaseCheck@Named(replica)").getMessage())
        .isEqualTo("replica reachable");
  }

  @Test
  void multiboundChecksAreRegisteredUnderTheirKeys() {
    HealthCheck disk = new FixedCheck("disk has room");
    container =
        start(
            "health-multibound",
            new AbstractModule() {
              @Override
              protected void configure() {
                MetricsModule.healthChecks(binder()).addBinding("disk").toInstance(disk);
                MetricsModule.healthChecks(binder()).addBinding("queue").to(QueueCheck.class);
              }
            });

    assertThat(registry.getNames())
        .containsExactly(MetricsModule.CONTAINER_HEALTH_CHECK, "disk", "queue");
    assertThat(registry.getHealthCheck("disk")).isSameAs(disk);
    assertThat(registry.runHealthCheck("queue").getMessage()).isEqualTo("queue drained");
  }

  @Test
  void aComponentCheckIsRemovedWhenTheComponentIsReleased() {
    container =
        start(
            "health-release",
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(CheckedService.class);
              }
            });
    assertThat(registry.getNames())
        .containsExactly("HealthChecksTest$CheckedService", MetricsModule.CONTAINER_HEALTH_CHECK);

    container.stop();

    assertThat(NamesAtRelease.last).containsExactly(MetricsModule.CONTAINER_HEALTH_CHECK);
  }

  @Test
  void everyCheckIsRemovedWhenTheContainerHasStopped() {
    container = start("health-removed", new Checks());

    container.stop();

    assertThat(registry.getNames()).isEmpty();
  }

  @Test
  void checksAreRegisteredAgainWhenTheContainerRestarts() {
    container = start("health-restart", new Checks());
    container.stop();

    container.start();

    assertThat(registry.getNames())
        .containsExactly(
            "HealthChecksTest$DatabaseCheck",
            "HealthChecksTest$DatabaseCheck@Named(replica)",
            MetricsModule.CONTAINER_HEALTH_CHECK);
    assertThat(registry.getHealthCheck("HealthChecksTest$DatabaseCheck"))
        .isSameAs(container.getInstance(DatabaseCheck.class));
  }

  @Test
  void aHealthCheckComponentCreatedWhileRunningIsRegisteredAfterItsCreation() {
    container =
        Container.builder()
            .name("health-lazy")
            .stage(Stage.DEVELOPMENT)
            .modules(MetricsModule.builder().healthCheckRegistry(registry).build())
            .build()
            .start();
    assertThat(registry.getNames()).containsExactly(MetricsModule.CONTAINER_HEALTH_CHECK);

    LazyCheck lazy = container.getInstance(LazyCheck.class);

    await().until(() -> registry.getNames().contains("HealthChecksTest$LazyCheck"));
    assertThat(registry.getHealthCheck("HealthChecksTest$LazyCheck")).isSameAs(lazy);
  }

  @Test
  void aNameTheRegistryAlreadyHoldsFailsTheStartNamingIt() {
    HealthCheck users = new FixedCheck("the user's own");
    registry.register(MetricsModule.CONTAINER_HEALTH_CHECK, users);

    assertThatThrownBy(() -> start("health-taken", new AbstractModule() {}))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(
            "Cannot register the built-in check of container 'health-taken' as health check 'container': "
                + "the HealthCheckRegistry already has a check of that name");
    assertThat(registry.getNames()).containsExactly(MetricsModule.CONTAINER_HEALTH_CHECK);
    assertThat(registry.getHealthCheck(MetricsModule.CONTAINER_HEALTH_CHECK)).isSameAs(users);
  }

  @Test
  void aMultiboundNameThatClashesFailsTheStartAndLeavesTheRegistryAsItWas() {
    registry.register("disk", new FixedCheck("the user's own"));

    assertThatThrownBy(
            () ->
                start(
                    "health-clash",
                    new AbstractModule() {
                      @Override
                      protected void configure() {
                        MetricsModule.healthChecks(binder())
                            .addBinding("disk")
                            .toInstance(new FixedCheck("ours"));
                      }
                    }))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(
            "Cannot register MetricsModule.healthChecks(binder) entry 'disk' as health check 'disk'");
    assertThat(registry.getNames()).containsExactly("disk");
  }

  private Container start(String name, AbstractModule application) {
    container =
        Container.builder()
            .name(name)
            .modules(MetricsModule.builder().healthCheckRegistry(registry).build(), application)
            .build();
    return container.start();
  }

  static final class Checks extends AbstractModule {
    @Override
    protected void configure() {
      bind(DatabaseCheck.class);
    }

    @Provides
    @Singleton
    @Named("replica")
    DatabaseCheck replica() {
      return new DatabaseCheck("replica reachable");
    }
  }

  static class FixedCheck extends HealthCheck {
    private final String message;

    FixedCheck(String message) {
      this.message = message;
    }

    @Override
    protected Result check() {
      return Result.healthy(message);
    }
  }

  @Singleton
  static class DatabaseCheck extends FixedCheck {
    @Inject
    DatabaseCheck() {
      this("database reachable");
    }

    DatabaseCheck(String message) {
      super(message);
    }
  }

  @Singleton
  static class QueueCheck extends FixedCheck {
    QueueCheck() {
      super("queue drained");
    }
  }

  @Singleton
  static class LazyCheck extends FixedCheck {
    LazyCheck() {
      super("lazy");
    }
  }

  /**
   * Reads the registry's names in its {@code @PreDestroy}, after the components that depend on it.
   */
  @Singleton
  static class NamesAtRelease {
    static volatile List<String> last = List.of();
    private final HealthCheckRegistry registry;

    @Inject
    NamesAtRelease(HealthCheckRegistry registry) {
      this.registry = registry;
    }

    @PreDestroy
    void release() {
      last = new ArrayList<>(registry.getNames());
    }
  }

  @Singleton
  static class CheckedService extends FixedCheck {
    @Inject
    CheckedService(NamesAtRelease names) {
      super("service up");
    }
  }

  /** Runs the container check while the container starts. */
  @Singleton
  static class StartingProbe {
    final HealthCheck.Result result;

    @Inject
    StartingProbe(HealthCheckRegistry registry) {
      this.result = registry.runHealthCheck(MetricsModule.CONTAINER_HEALTH_CHECK);
    }
  }
}
