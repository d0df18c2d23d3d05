package dev.cogwheel.metrics.internal;

import com.codahale.metrics.CsvReporter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.ScheduledReporter;
import com.codahale.metrics.Slf4jReporter;
import com.codahale.metrics.graphite.Graphite;
import com.codahale.metrics.graphite.GraphiteReporter;
import com.codahale.metrics.graphite.GraphiteSender;
import com.codahale.metrics.graphite.GraphiteUDP;
import com.codahale.metrics.graphite.PickledGraphite;
import com.codahale.metrics.jmx.JmxReporter;
import dev.cogwheel.Container;
import dev.cogwheel.metrics.MetricNames;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reporters of one run of a container, made from its {@link ReporterSettings}: checked while
 * the container starts, started once it runs, stopped (with their final reports) once everything
 * else has stopped.
 *
 * <p>Every thread a reporter uses comes from {@link Container#threadFactory(String)}, named {@code
 * <container>-metrics-<kind>-<n>}, and has ended when {@link #stop()} returns.
 */
final class Reporters {
  private static final Logger log = LoggerFactory.getLogger(Reporters.class);
  private static final int PICKLE_BATCH_SIZE = 100;

  /** How long a periodic report that is running when the container stops may take to finish. */
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

  private final ReporterSettings settings;
  private final MetricRegistry registry;
  private final Container container;
  private final List<ManagedReporter> running = new ArrayList<>();

  Reporters(ReporterSettings settings, MetricRegistry registry, Container container) {
    this.settings = settings;
    this.registry = registry;
    this.container = container;
  }

  /**
   * Checks what can be checked before anything reports: creates the CSV directory, checks the JMX
   * domain.
   *
   * @throws IllegalStateException naming the setting, if the CSV directory cannot be created or the
   *     JMX domain is not a valid one
   */
  void check() {
    if (settings.csvDirectory() != null) {
      try {
        Files.createDirectories(settings.csvDirectory());
      } catch (IOException e) {
        throw new IllegalStateException(
            "MetricsModule.Builder.csv("
                + settings.csvDirectory()
                + "): cannot create the directory: "
                + e,
            e);
      }
    }
    if (settings.jmx()) {
      try {
        new ObjectName(jmxDomain() + ":name=check");
      } catch (MalformedObjectNameException e) {
        throw new IllegalStateException(
            "MetricsModule.Builder.jmx(\""
                + jmxDomain()
                + "\"): not a valid JMX domain: "
                + e.getMessage(),
            e);
      }
    }
  }

  /**
   * Creates and starts every configured reporter. One that fails to start is logged and skipped.
   */
  synchronized void start() {
    if (settings.jmx()) {
      start("jmx", this::jmx);
    }
    if (settings.slf4jLogger() != null) {
      start("slf4j", this::slf4j);
    }
    if (settings.graphiteProtocol() != null) {
      start("graphite", this::graphite);
    }
    if (settings.csvDirectory() != null) {
      start("csv", this::csv);
    }
  }

  /**
   * Stops every running reporter, in the order they started: each makes its final report and ends
   * its thread. A reporter that fails to stop is logged and the others are still stopped.
   */
  synchronized void stop() {
    for (ManagedReporter reporter : running) {
      try {
        reporter.stop();
      } catch (RuntimeException e) {
        log.warn(
            "The {} reporter of container '{}' failed to stop",
            reporter.kind(),
            container.name(),
            e);
      }
    }
    running.clear();
  }

  private void start(String kind, Supplier<ManagedReporter> factory) {
    try {
      ManagedReporter reporter = factory.get();
      reporter.start();
      running.add(reporter);
    } catch (RuntimeException e) {
      log.error(
          "The {} reporter of container '{}' could not start; its metrics are not reported",
          kind,
          container.name(),
          e);
    }
  }

  private ManagedReporter jmx() {
    return new JmxExposure(
        JmxReporter.forRegistry(registry).inDomain(jmxDomain()).filter(settings.filter()).build());
  }

  private ManagedReporter slf4j() {
    ScheduledExecutorService executor = executor("slf4j");
    Slf4jReporter.Builder builder =
        Slf4jReporter.forRegistry(registry)
            .outputTo(LoggerFactory.getLogger(settings.slf4jLogger()))
            .filter(settings.filter())
            .scheduleOn(executor)
            .shutdownExecutorOnStop(true);
    if (settings.prefix() != null) {
      builder.prefixedWith(settings.prefix());
    }
    return periodic("slf4j", builder.build(), executor);
  }

  private ManagedReporter graphite() {
    String target =
        settings.graphiteProtocol().name().toLowerCase(Locale.ROOT)
            + "://"
            + settings.graphiteHost()
            + ":"
            + settings.graphitePort();
    GraphiteSender sender =
        new OutageTrackingGraphiteSender(
            graphiteSender(),
            target,
            registry.counter(MetricNames.GRAPHITE_REPORT_FAILURES),
            MetricNames.GRAPHITE_REPORT_FAILURES);
    ScheduledExecutorService executor = executor("graphite");
    GraphiteReporter.Builder builder =
        GraphiteReporter.forRegistry(registry)
            .filter(settings.filter())
            .scheduleOn(executor)
            .shutdownExecutorOnStop(true);
    if (settings.prefix() != null) {
      builder.prefixedWith(settings.prefix());
    }
    return periodic("graphite", builder.build(sender), executor);
  }

  private GraphiteSender graphiteSender() {
    ConnectTimeoutSocketFactory sockets =
        new ConnectTimeoutSocketFactory(settings.graphiteConnectTimeout());
    switch (settings.graphiteProtocol()) {
      case PLAINTEXT:
        return new Graphite(settings.graphiteHost(), settings.graphitePort(), sockets);
      case PICKLE:
        return new PickledGraphite(
            settings.graphiteHost(), settings.graphitePort(), sockets, PICKLE_BATCH_SIZE);
      case UDP:
        return new GraphiteUDP(settings.graphiteHost(), settings.graphitePort());
      default:
        throw new AssertionError(settings.graphiteProtocol());
    }
  }

  private ManagedReporter csv() {
    ScheduledExecutorService executor = executor("csv");
    CsvReporter reporter =
        CsvReporter.forRegistry(registry)
            .formatFor(Locale.ROOT)
            .filter(settings.filter())
            .scheduleOn(executor)
            .shutdownExecutorOnStop(true)
            .build(settings.csvDirectory().toFile());
    return periodic("csv", reporter, executor);
  }

  private ManagedReporter periodic(
      String kind, ScheduledReporter reporter, ScheduledExecutorService executor) {
    return new PeriodicReporter(kind, reporter, executor, settings.period(), DRAIN_TIMEOUT);
  }

  private ScheduledExecutorService executor(String kind) {
    return Executors.newSingleThreadScheduledExecutor(container.threadFactory("metrics-" + kind));
  }

  private String jmxDomain() {
    return settings.jmxDomain() != null ? settings.jmxDomain() : container.name();
  }
}
