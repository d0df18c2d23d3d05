package dev.cogwheel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import dev.cogwheel.Container;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsModuleTest {
  private Container container;

  @AfterEach
  void stop() {
    if (container != null) {
      container.stop();
      await().until(() -> container.threads().isEmpty());
    }
  }

  @Test
  void bindsOneMetricRegistryAndOneHealthCheckRegistry() {
    container =
        Container.builder()
            .name("bindings")
            .modules(new MetricsModule(), new Users())
            .build()
            .start();

    Consumer consumer = container.getInstance(Consumer.class);

    assertThat(container.getInstance(MetricRegistry.class)).isSameAs(consumer.metrics);
    assertThat(container.getInstance(HealthCheckRegistry.class)).isSameAs(consumer.health);
    assertThat(container.getInstance(MetricRegistry.class))
        .isSameAs(container.getInstance(MetricRegistry.class));
    assertThat(container.getInstance(HealthCheckRegistry.class))
        .isSameAs(container.getInstance(HealthCheckRegistry.class));
  }

  @Test
  void bindsTheRegistriesTheUserSupplies() {
    MetricRegistry metrics = new MetricRegistry();
    HealthCheckRegistry health = new HealthCheckRegistry();
    container =
        Container.builder()
            .name("supplied")
            .modules(
                MetricsModule.builder().registry(metrics).healthCheckRegistry(health).build(),
                new Users())
            .build()
            .start();

    assertThat(container.getInstance(Consumer.class).metrics).isSameAs(metrics);
    assertThat(container.getInstance(Consumer.class).health).isSameAs(health);
    assertThat(container.components())
        .noneMatch(c -> c.type() == MetricRegistry.class || c.type() == HealthCheckRegistry.class);
    health.shutdown();
  }

  @Test
  void theRegistriesItCreatesAreFreshForEachStart() {
    container = Container.builder().name("fresh").modules(new MetricsModule()).build().start();
    MetricRegistry first = container.getInstance(MetricRegistry.class);
    container.stop();

    container.start();

    assertThat(container.getInstance(MetricRegistry.class)).isNotSameAs(first);
    assertThat(
            container
                .getInstance(MetricRegistry.class)
                .timer(MetricNames.CONTAINER_START)
                .getCount())
        .isEqualTo(1);
  }

  @Test
  void periodMustBePositive() {
    assertThatThrownBy(() -> MetricsModule.builder().period(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MetricsModule.period must be positive, got PT0S");
  }

  @Test
  void graphitePortMustBeAPort() {
    assertThatThrownBy(() -> MetricsModule.builder().graphite("localhost", 70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MetricsModule.graphite must have a port in 1-65535, got 70000");
  }

  @Test
  void graphiteHostMustNotBeBlank() {
    assertThatThrownBy(() -> MetricsModule.builder().graphite(" ", 2003))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MetricsModule.graphite must have a non-blank host, got ' '");
  }

  @Test
  void prefixMustHaveNoWhitespace() {
    assertThatThrownBy(() -> MetricsModule.builder().prefix("my bot"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MetricsModule.prefix must be non-blank and without whitespace, got 'my bot'");
  }

  @Test
  void graphiteConnectTimeoutMustBePositive() {
    assertThatThrownBy(() -> MetricsModule.builder().graphiteConnectTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "MetricsModule.graphiteConnectTimeout must be positive and at most one minute, got PT-0.001S");
  }

  static final class Users extends AbstractModule {
    @Override
    protected void configure() {
      bind(Consumer.class);
    }
  }

  @Singleton
  static class Consumer {
    final MetricRegistry metrics;
    final HealthCheckRegistry health;

    @Inject
    Consumer(MetricRegistry metrics, HealthCheckRegistry health) {
      this.metrics = metrics;
      this.health = health;
    }
  }
}
