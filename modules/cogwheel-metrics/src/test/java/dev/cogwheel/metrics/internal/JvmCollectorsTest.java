package dev.cogwheel.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JvmCollectorsTest {

  @Test
  void declaresTheNamesOfEveryFamilyTheCollectorsRegister() {
    PrometheusRegistry eager = JvmCollectors.register(new PrometheusRegistry());

    assertThat(JvmCollectors.NAMES).containsExactlyInAnyOrderElementsOf(names(eager));
  }

  @Test
  void scrapesTheSameFamiliesAsTheCollectorsRegisteredAtOnce() {
    PrometheusRegistry eager = JvmCollectors.register(new PrometheusRegistry());
    PrometheusRegistry lazy = new PrometheusRegistry();
    lazy.register(new JvmCollectors());

    assertThat(names(lazy)).containsExactlyElementsOf(names(eager));
  }

  @Test
  void aCollectorOfAJvmFamilysNameIsRefusedWhenRegistered() {
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(new JvmCollectors());

    assertThatThrownBy(
            () -> Gauge.builder().name("jvm_threads_current").help("mine").register(registry))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Can't register jvm_threads_current because a metric with that name is already"
                + " registered.");
  }

  private static List<String> names(PrometheusRegistry registry) {
    return registry.scrape().stream()
        .map(MetricSnapshot::getMetadata)
        .map(metadata -> metadata.getPrometheusName())
        .collect(Collectors.toList());
  }
}
