package dev.cogwheel.internal;

import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.LifecycleListener;
import dev.cogwheel.StartupException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The start and stop report: a line per component and a summary, at INFO, through SLF4J. */
public final class StartStopLog implements LifecycleListener {
  private static final Logger log = LoggerFactory.getLogger(Container.class);

  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger stopped = new AtomicInteger();

  @Override
  public void starting(Container container) {
    started.set(0);
    log.info("Starting container '{}'", container.name());
  }

  @Override
  public void componentStarted(Container container, Component component) {
    started.incrementAndGet();
    if (log.isInfoEnabled()) {
      log.info("  started  {} {} in {}", pad(component.startOrder()), component.name(), format(component.startDuration()));
    }
  }

  @Override
  public void started(Container container, Duration duration) {
    if (log.isInfoEnabled()) {
      log.info("Container '{}' started {} components in {}", container.name(), started.get(), format(duration));
    }
  }

  @Override
  public void startFailed(Container container, StartupException failure) {
    log.error("{}", failure.getMessage());
  }

  @Override
  public void stopping(Container container) {
    stopped.set(0);
    log.info("Stopping container '{}'", container.name());
  }

  @Override
  public void componentStopped(Container container, Component component) {
    stopped.incrementAndGet();
    if (component.stopFailure().isPresent()) {
      log.warn("  failed   {} {}: {}", pad(component.startOrder()), component.name(), component.stopFailure().get().toString());
    } else if (log.isInfoEnabled()) {
      log.info("  stopped  {} {} in {}", pad(component.startOrder()), component.name(), format(component.stopDuration().orElse(Duration.ZERO)));
    }
  }

  @Override
  public void stopped(Container container, Duration duration) {
    if (log.isInfoEnabled()) {
      log.info("Container '{}' stopped {} components in {}", container.name(), stopped.get(), format(duration));
    }
  }

  private static String pad(int order) {
    return String.format(Locale.ROOT, "[%3d]", order);
  }

  static String format(Duration duration) {
    long micros = duration.toNanos() / 1_000;
    if (micros < 10_000) {
      return String.format(Locale.ROOT, "%.2f ms", micros / 1000.0);
    }
    return (micros / 1000) + " ms";
  }
}
