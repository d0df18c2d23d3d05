package dev.cogwheel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import dev.cogwheel.Container;
import dev.cogwheel.StopException;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Cogwheel's own metrics as Prometheus families, the Dropwizard bridge beside them, the JVM's
 * metrics.
 */
class PrometheusFamiliesTest {
  private final MetricRegistry registry = new MetricRegistry();

  @Singleton
  static class Database {}

  @Singleton
  static class Cache {
    @Inject
    Cache(Database database) {}
  }

  @Singleton
  static class Broken {
    @PreDestroy
    void close() {
      throw new IllegalStateException("refused");
    }
  }

  private Container start(AbstractModule application) {
    return Container.builder()
        .name("prometheus-test")
        .modules(MetricsModule.builder().registry(registry).build(), application)
        .build()
        .start();
  }

  private static AbstractModule components() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Cache.class);
        bind(Database.class).annotatedWith(Names.named("replica")).to(Database.class);
      }
    };
  }

  @Test
  void componentStartTimesAreOneFamilyLabelledByComponentInSeconds() {
    try (Container container = start(components())) {
      PrometheusRegistry prometheus = container.getInstance(PrometheusRegistry.class);

      assertThat(PrometheusText.family(prometheus, "cogwheel_component_start_seconds"))
          .startsWith(
              "# HELP cogwheel_component_start_seconds Time each component took to start: construction, injection and @PostConstruct",
              "# TYPE cogwheel_component_start_seconds summary")
          .contains(
              "cogwheel_component_start_seconds_count{component=\"PrometheusFamiliesTest$Database\"} 1",
              "cogwheel_component_start_seconds_count{component=\"PrometheusFamiliesTest$Cache\"} 1");
      assertThat(PrometheusText.of(prometheus))
          .doesNotContain("cogwheel_component_start_PrometheusFamiliesTest");
    }
  }

  @Test
  void aQualifiedComponentIsLabelledWithItsNameAsWrittenSpaceAndQuotesIncluded() {
    AbstractModule site =
        new AbstractModule() {
          @Provides
          @Singleton
          @Named("site")
          Database site() {
            return new Database();
          }
        };
    try (Container container = start(site)) {
      PrometheusRegistry prometheus = container.getInstance(PrometheusRegistry.class);

      assertThat(PrometheusText.family(prometheus, "cogwheel_component_start_seconds"))
          .contains(
              "cogwheel_component_start_seconds_count{component=\"PrometheusFamiliesTest$Database @Named(\\\"site\\\")\"} 1");
    }
  }

  @Test
  void containerStateIsOneGaugePerStateAndTheStartIsTimed() {
    try (Container container = start(components())) {
      PrometheusRegistry prometheus = container.getInstance(PrometheusRegistry.class);

      assertThat(PrometheusText.family(prometheus, "cogwheel_container_state"))
          .contains(
              "cogwheel_container_state{state=\"RUNNING\"} 1.0",
              "cogwheel_container_state{state=\"STOPPING\"} 0.0",
              "cogwheel_container_state{state=\"STARTING\"} 0.0");
      assertThat(PrometheusText.family(prometheus, "cogwheel_container_running"))
          .contains("cogwheel_container_running 1.0");
      assertThat(PrometheusText.family(prometheus, "cogwheel_container_start_seconds"))
          .contains(
              "# TYPE cogwheel_container_start_seconds summary",
              "cogwheel_container_start_seconds_count 1");
    }
  }

  @Test
  void stopTimesAndFailedReleasesAreLabelledByComponent() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Cache.class);
                bind(Broken.class);
              }
            });
    PrometheusRegistry prometheus = container.getInstance(PrometheusRegistry.class);

    assertThatThrownBy(container::stop).isInstanceOf(StopException.class);

    assertThat(PrometheusText.family(prometheus, "cogwheel_component_stop_seconds"))
        .contains(
            "cogwheel_component_stop_seconds_count{component=\"PrometheusFamiliesTest$Cache\"} 1",
            "cogwheel_component_stop_seconds_count{component=\"PrometheusFamiliesTest$Broken\"} 1");
    assertThat(PrometheusText.family(prometheus, "cogwheel_component_stop_failures_total"))
        .containsExactly(
            "# HELP cogwheel_component_stop_failures_total Component releases that threw or ran past the stop timeout",
            "# TYPE cogwheel_component_stop_failures_total counter",
            "cogwheel_component_stop_failures_total{component=\"PrometheusFamiliesTest$Broken\"} 1.0");
  }

  @Test
  void otherDropwizardMetricsGoThroughTheBridgeWithReadableHelp() {
    registry.counter("jobs.done").inc(3);
    registry.register("queue.size", (Gauge<Integer>) () -> 7);
    registry.timer("api.calls").update(Duration.ofMillis(40));
    try (Container container = start(components())) {
      PrometheusRegistry prometheus = container.getInstance(PrometheusRegistry.class);

      assertThat(PrometheusText.family(prometheus, "jobs_done_total"))
          .containsExactly(
              "# HELP jobs_done_total Dropwizard counter jobs.done",
              "# TYPE jobs_done_total counter",
              "jobs_done_total 3.0");
      assertThat(PrometheusText.family(prometheus, "queue_size"))
          .containsExactly(
              "# HELP queue_size Dropwizard gauge queue.size",
              "# TYPE queue_size gauge",
              "queue_size 7.0");
      assertThat(PrometheusText.family(prometheus, "api_calls"))
          .contains(
              "# HELP api_calls Dropwizard timer api.calls, in seconds",
              "api_calls{quantile=\"0.5\"} 0.04",
              "api_calls_count 1");
    }
  }

  @Test
  void aGaugeThatCannotBeConvertedIsLeftOutOfTheScrape() {
    registry.register(
        "broken",
        (Gauge<Integer>)
            () -> {
              throw new IllegalStateException("sensor unplugged");
            });
    registry.register("greeting", (Gauge<String>) () -> "hello");
    registry.counter("jobs.done").inc();
    try (Container container = start(components())) {
      String text = PrometheusText.of(container.getInstance(PrometheusRegistry.class));

      assertThat(text).contains("jobs_done_total 1.0").doesNotContain("broken", "greeting");
    }
  }

  @Test
  void theJvmsMemoryGcThreadsAndClassesAreThere() {
    try (Container container = start(components())) {
      String text = PrometheusText.of(container.getInstance(PrometheusRegistry.class));

      assertThat(text)
          .contains(
              "# TYPE jvm_memory_used_bytes gauge",
              "# TYPE jvm_gc_collection_seconds summary",
              "# TYPE jvm_threads_current gauge",
              "# TYPE jvm_classes_currently_loaded gauge",
              "# TYPE process_cpu_seconds_total counter");
    }
  }

  @Test
  void eachRunHasARegistryOfItsOwn() {
    Container container = start(components());
    try {
      PrometheusRegistry first = container.getInstance(PrometheusRegistry.class);
      container.stop();

      container.start();

      assertThat(container.getInstance(PrometheusRegistry.class)).isNotSameAs(first);
      assertThat(
              PrometheusText.family(
                  container.getInstance(PrometheusRegistry.class),
                  "cogwheel_container_start_seconds"))
          .contains("cogwheel_container_start_seconds_count 1");
    } finally {
      container.stop();
    }
  }
}
