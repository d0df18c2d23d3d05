package dev.cogwheel.metrics.internal;

import io.prometheus.metrics.instrumentation.jvm.JvmBufferPoolMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmClassLoadingMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmCompilationMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmGarbageCollectorMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmRuntimeInfoMetric;
import io.prometheus.metrics.instrumentation.jvm.JvmThreadsMetrics;
import io.prometheus.metrics.instrumentation.jvm.ProcessMetrics;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.registry.PrometheusScrapeRequest;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.List;
import java.util.function.Predicate;

/**
 * The JVM's memory, buffer pool, garbage collection, thread, class, compilation, runtime and
 * process metrics of {@code prometheus-metrics-instrumentation-jvm}, made at the first scrape
 * rather than when the registry is made.
 *
 * <p>Making those collectors reads the JVM's management beans and loads their classes: about a
 * tenth of a second of a cold start, on its critical path, since the admin server that every other
 * component waits for needs the registry. The collectors read the beans only when scraped, so
 * making them at the first scrape gives the same samples. Their names are declared here, so the
 * registry refuses another collector of one of those names when it is registered, as it would with
 * the collectors themselves.
 *
 * <p>Thread-safe.
 */
public final class JvmCollectors implements MultiCollector {
  /** The names of the metric families the JVM's collectors register, in Prometheus form. */
  static final List<String> NAMES =
      List.of(
          "jvm_buffer_pool_capacity_bytes",
          "jvm_buffer_pool_used_buffers",
          "jvm_buffer_pool_used_bytes",
          "jvm_classes_currently_loaded",
          "jvm_classes_loaded",
          "jvm_classes_unloaded",
          "jvm_compilation_time_seconds",
          "jvm_gc_collection_seconds",
          "jvm_memory_committed_bytes",
          "jvm_memory_init_bytes",
          "jvm_memory_max_bytes",
          "jvm_memory_objects_pending_finalization",
          "jvm_memory_pool_collection_committed_bytes",
          "jvm_memory_pool_collection_init_bytes",
          "jvm_memory_pool_collection_max_bytes",
          "jvm_memory_pool_collection_used_bytes",
          "jvm_memory_pool_committed_bytes",
          "jvm_memory_pool_init_bytes",
          "jvm_memory_pool_max_bytes",
          "jvm_memory_pool_used_bytes",
          "jvm_memory_used_bytes",
          "jvm_runtime",
          "jvm_threads_current",
          "jvm_threads_daemon",
          "jvm_threads_deadlocked",
          "jvm_threads_deadlocked_monitor",
          "jvm_threads_peak",
          "jvm_threads_started",
          "jvm_threads_state",
          "process_cpu_seconds",
          "process_max_fds",
          "process_open_fds",
          "process_resident_memory_bytes",
          "process_start_time_seconds",
          "process_virtual_memory_bytes");

  private volatile PrometheusRegistry collectors;

  @Override
  public MetricSnapshots collect() {
    return collectors().scrape();
  }

  @Override
  public MetricSnapshots collect(PrometheusScrapeRequest scrapeRequest) {
    return collectors().scrape(scrapeRequest);
  }

  @Override
  public MetricSnapshots collect(Predicate<String> includedNames) {
    return collectors().scrape(includedNames);
  }

  @Override
  public MetricSnapshots collect(
      Predicate<String> includedNames, PrometheusScrapeRequest scrapeRequest) {
    return collectors().scrape(includedNames, scrapeRequest);
  }

  @Override
  public List<String> getPrometheusNames() {
    return NAMES;
  }

  /** Registers the JVM's collectors in {@code registry} and returns it. */
  static PrometheusRegistry register(PrometheusRegistry registry) {
    JvmMemoryMetrics.builder().register(registry);
    JvmBufferPoolMetrics.builder().register(registry);
    JvmGarbageCollectorMetrics.builder().register(registry);
    JvmThreadsMetrics.builder().register(registry);
    JvmClassLoadingMetrics.builder().register(registry);
    JvmCompilationMetrics.builder().register(registry);
    JvmRuntimeInfoMetric.builder().register(registry);
    ProcessMetrics.builder().register(registry);
    return registry;
  }

  private PrometheusRegistry collectors() {
    PrometheusRegistry made = collectors;
    if (made == null) {
      synchronized (this) {
        made = collectors;
        if (made == null) {
          made = register(new PrometheusRegistry());
          collectors = made;
        }
      }
    }
    return made;
  }
}
