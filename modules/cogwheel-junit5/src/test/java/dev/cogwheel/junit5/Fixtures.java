package dev.cogwheel.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs {@link Fixture} classes with the Jupiter engine and reads what happened. */
final class Fixtures {
  private Fixtures() {}

  /** Runs {@code fixture} on the calling thread. */
  static EngineExecutionResults run(Class<?> fixture) {
    return engine(fixture).execute();
  }

  /** Runs the tests of {@code fixture} in parallel, on {@code threads} threads. */
  static EngineExecutionResults runInParallel(Class<?> fixture, int threads) {
    return engine(fixture)
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter(
            "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(threads))
        .execute();
  }

  private static EngineTestKit.Builder engine(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter(FixtureCondition.PARAMETER, "true");
  }

  /** What the finished event {@code event} failed with. */
  static Throwable failure(Event event) {
    return event
        .getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable)
        .orElseThrow();
  }

  /** The only failure among {@code events}. */
  static Throwable onlyFailure(Events events) {
    List<Event> failed = events.failed().list();
    if (failed.size() != 1) {
      throw new AssertionError(
          "expected exactly one failure, got " + failed.size() + ": " + failed);
    }
    return failure(failed.get(0));
  }

  /** The values the tests published under {@code key} with a {@code TestReporter}, in order. */
  static List<String> published(EngineExecutionResults results, String key) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .filter(entries -> entries.containsKey(key))
        .map((Map<String, String> entries) -> entries.get(key))
        .toList();
  }
}
