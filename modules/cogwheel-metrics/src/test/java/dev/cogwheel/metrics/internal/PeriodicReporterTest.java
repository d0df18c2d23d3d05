package dev.cogwheel.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricFilter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.ScheduledReporter;
import com.codahale.metrics.Timer;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The final report is the only one that can see what is recorded after the periodic ones ended. */
class PeriodicReporterTest {
  private final MetricRegistry registry = new MetricRegistry();
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
  private final RecordingReporter reporter = new RecordingReporter(registry, executor);
  private final PeriodicReporter periodic =
      new PeriodicReporter(
          "test", reporter, executor, Duration.ofMillis(1), Duration.ofSeconds(10));

  /** Reports the count of the counter {@code last} each time. */
  static final class RecordingReporter extends ScheduledReporter {
    final List<Long> reports = new CopyOnWriteArrayList<>();

    RecordingReporter(MetricRegistry registry, ScheduledExecutorService executor) {
      super(
          registry,
          "recording",
          MetricFilter.ALL,
          TimeUnit.SECONDS,
          TimeUnit.MILLISECONDS,
          executor,
          true);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void report(
        SortedMap<String, Gauge> gauges,
        SortedMap<String, Counter> counters,
        SortedMap<String, Histogram> histograms,
        SortedMap<String, Meter> meters,
        SortedMap<String, Timer> timers) {
      Counter last = counters.get("last");
      reports.add(last == null ? 0 : last.getCount());
    }
  }

  @Test
  void aMeasurementRecordedAfterThePeriodicReportsEndedIsSeenByTheFinalReportOnly() {
    periodic.start();
    await().until(() -> reporter.reports.size() >= 3);

    periodic.endPeriodicReports();
    int periodicReports = reporter.reports.size();
    registry.counter("last").inc();
    periodic.stop();

    assertThat(executor.isTerminated()).isTrue();
    assertThat(reporter.reports).hasSize(periodicReports + 1);
    assertThat(reporter.reports.subList(0, periodicReports)).containsOnly(0L);
    assertThat(reporter.reports.get(periodicReports)).isEqualTo(1L);
  }

  @Test
  void noPeriodicReportRunsOrIsPendingOnceTheyHaveEnded() {
    periodic.start();
    await().until(() -> reporter.reports.size() >= 1);

    periodic.endPeriodicReports();

    assertThat(executor.isTerminated()).isTrue();
  }
}
