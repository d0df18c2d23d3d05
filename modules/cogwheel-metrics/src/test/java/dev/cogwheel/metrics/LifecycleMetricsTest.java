package dev.cogwheel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.MetricRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.KeyNames;
import dev.cogwheel.Span;
import dev.cogwheel.StopException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleMetricsTest {
  private final MetricRegistry registry = new MetricRegistry();
  private Container container;

  @AfterEach
  void stop() {
    if (container != null) {
      try {
        container.stop();
      } finally {
        await().until(() -> container.threads().isEmpty());
      }
    }
  }

  @Test
  void everyComponentGetsAStartTimerNamedAfterItsKey() {
    container = start("lifecycle-start", new Application());

    assertThat(registry.getTimers().keySet())
        .contains(
            "cogwheel.component.start.LifecycleMetricsTest$Database",
            "cogwheel.component.start.LifecycleMetricsTest$Database@Named(replica)",
            "cogwheel.component.start.LifecycleMetricsTest$Cache",
            "cogwheel.component.start.HealthCheckRegistry",
            "cogwheel.component.start.LifecycleListener@Named(MetricsModule)");
    assertThat(registry.timer("cogwheel.component.start.LifecycleMetricsTest$Database").getCount())
        .isEqualTo(1);
    assertThat(
            registry
                .timer("cogwheel.component.start.LifecycleMetricsTest$Database@Named(replica)")
                .getCount())
        .isEqualTo(1);
    assertThat(registry.timer("cogwheel.component.start.LifecycleMetricsTest$Cache").getCount())
        .isEqualTo(1);
  }

  @Test
  void startTimersHoldTheDurationsTheContainerMeasured() {
    container = start("lifecycle-durations", new Application());

    for (Component component : container.components()) {
      assertThat(registry.timer(MetricNames.componentStart(component)).getSnapshot().getValues())
          .containsExactly(component.startDuration().toNanos());
    }
  }

  @Test
  void componentsThatStartedBeforeTheMetricsModuleAreTimedToo() {
    container =
        Container.builder()
            .name("lifecycle-replay")
            .modules(new Application(), MetricsModule.builder().registry(registry).build())
            .build()
            .start();

    List<String> names =
        container.components().stream().map(Component::name).collect(Collectors.toList());
    List<String> before =
        names.subList(0, names.indexOf(KeyNames.describe(MetricsModule.LIFECYCLE)));
    assertThat(before).contains("LifecycleMetricsTest$Database @Named(\"replica\")");
    for (String name : before) {
      assertThat(registry.timer("cogwheel.component.start." + MetricNames.segment(name)).getCount())
          .as(name)
          .isEqualTo(1);
    }
    assertThat(registry.getGauges().get(MetricNames.CONTAINER_COMPONENTS).getValue())
        .isEqualTo(container.components().size());
  }

  @Test
  void everyComponentGetsAStopTimerWhenItIsReleased() {
    container = start("lifecycle-stop", new Application());
    assertThat(registry.getTimers().keySet())
        .noneMatch(name -> name.startsWith("cogwheel.component.stop."));

    container.stop();

    for (Component component : container.components()) {
      assertThat(registry.timer(MetricNames.componentStop(component)).getSnapshot().getValues())
          .containsExactly(component.stopDuration().orElseThrow().toNanos());
    }
    assertThat(registry.timer("cogwheel.component.stop.LifecycleMetricsTest$Cache").getCount())
        .isEqualTo(1);
  }

  @Test
  void theWholeStartAndStopAreTimed() {
    container = start("lifecycle-whole", new Application());
    assertThat(registry.timer(MetricNames.CONTAINER_START).getCount()).isEqualTo(1);
    assertThat(registry.getTimers()).doesNotContainKey(MetricNames.CONTAINER_STOP);

    container.stop();

    assertThat(registry.timer(MetricNames.CONTAINER_STOP).getCount()).isEqualTo(1);
  }

  @Test
  void stateGaugesFollowTheContainer() {
    container = start("lifecycle-state", new Application());
    assertThat(registry.getGauges().get(MetricNames.CONTAINER_STATE).getValue())
        .isEqualTo("RUNNING");
    assertThat(registry.getGauges().get(MetricNames.CONTAINER_RUNNING).getValue()).isEqualTo(1);

    container.stop();

    assertThat(registry.getGauges().get(MetricNames.CONTAINER_STATE).getValue())
        .isEqualTo("STOPPED");
    assertThat(registry.getGauges().get(MetricNames.CONTAINER_RUNNING).getValue()).isEqualTo(0);
  }

  @Test
  void componentsGaugeCountsTheStartedComponentsUntilTheyStop() {
    container = start("lifecycle-count", new Application());
    assertThat(registry.getGauges().get(MetricNames.CONTAINER_COMPONENTS).getValue())
        .isEqualTo(container.components().size());
    assertThat(container.components()).hasSize(6);

    container.stop();

    assertThat(registry.getGauges().get(MetricNames.CONTAINER_COMPONENTS).getValue()).isEqualTo(0);
  }

  @Test
  void failedStopsAreCounted() {
    container =
        start(
            "lifecycle-failure",
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(FailingRelease.class);
              }
            });
    assertThat(registry.counter(MetricNames.COMPONENT_STOP_FAILURES).getCount()).isEqualTo(0);

    assertThatThrownBy(container::stop).isInstanceOf(StopException.class);

    assertThat(registry.counter(MetricNames.COMPONENT_STOP_FAILURES).getCount()).isEqualTo(1);
    assertThat(
            registry
                .timer("cogwheel.component.stop.LifecycleMetricsTest$FailingRelease")
                .getCount())
        .isEqualTo(1);
  }

  @Test
  void aSuppliedRegistryAccumulatesTimersOverRestarts() {
    container = start("lifecycle-restart", new Application());
    container.stop();

    container.start();

    assertThat(registry.timer(MetricNames.CONTAINER_START).getCount()).isEqualTo(2);
    assertThat(registry.timer("cogwheel.component.start.LifecycleMetricsTest$Cache").getCount())
        .isEqualTo(2);
    assertThat(registry.timer("cogwheel.component.stop.LifecycleMetricsTest$Cache").getCount())
        .isEqualTo(1);
    assertThat(registry.getGauges().get(MetricNames.CONTAINER_STATE).getValue())
        .isEqualTo("RUNNING");
    assertThat(registry.getGauges().get(MetricNames.CONTAINER_COMPONENTS).getValue())
        .isEqualTo(container.components().size());
  }

  @Test
  void componentNamesBecomeOneNodeOfTheMetricName() {
    Component qualified =
        new Component(
            Key.get(Database.class, Names.named("replica")),
            Database.class,
            1,
            new Span(Instant.EPOCH, Instant.EPOCH, "main"),
            Duration.ZERO,
            List.of(),
            null,
            null);

    assertThat(qualified.name()).isEqualTo("LifecycleMetricsTest$Database @Named(\"replica\")");
    assertThat(MetricNames.componentStart(qualified))
        .isEqualTo("cogwheel.component.start.LifecycleMetricsTest$Database@Named(replica)");
    assertThat(MetricNames.componentStop(qualified))
        .isEqualTo("cogwheel.component.stop.LifecycleMetricsTest$Database@Named(replica)");
  }

  @Test
  void segmentsKeepNoWhitespaceQuotesOrDots() {
    assertThat(MetricNames.segment("Map<String, HealthCheck>"))
        .isEqualTo("Map<String,HealthCheck>");
    assertThat(MetricNames.segment("ApiClient @Named(\"api.v1\")"))
        .isEqualTo("ApiClient@Named(api_v1)");
  }

  private Container start(String name, AbstractModule application) {
    return Container.builder()
        .name(name)
        .modules(MetricsModule.builder().registry(registry).build(), application)
        .build()
        .start();
  }

  static final class Application extends AbstractModule {
    @Override
    protected void configure() {
      bind(Database.class).in(Singleton.class);
      bind(Cache.class);
    }

    @Provides
    @Singleton
    @Named("replica")
    Database replica() {
      return new Database();
    }
  }

  static class Database {
    @PreDestroy
    void close() {}
  }

  @Singleton
  static class Cache {
    @Inject
    Cache(Database database) {}
  }

  @Singleton
  static class FailingRelease {
    @PreDestroy
    void close() {
      throw new IllegalStateException("disk full");
    }
  }
}
