package dev.cogwheel.internal;

import com.google.inject.CreationException;
import com.google.inject.Key;
import dev.cogwheel.StartupException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the thread that creates a run's injector (and starts its components): logs what is still
 * starting at each progress interval, and ends a start that has failed, was asked to stop or ran
 * out of time. Starts in progress get the stop timeout to finish, then are interrupted; a start
 * that ignores the interrupt for another stop timeout is abandoned. Then it says why the start
 * failed, as a {@link StartupException}.
 */
final class StartWatch {
  private static final Logger log = LoggerFactory.getLogger("dev.cogwheel.Container");
  private static final long NEVER = Long.MAX_VALUE;

  private final Run run;
  private final RunSettings settings;
  private List<StartScheduler.InProgress> stillStarting;
  private final List<StillStarting> stacks = new ArrayList<>();
  private long timedOutAt;
  private Duration abandonedAfter;

  StartWatch(Run run, RunSettings settings) {
    this.run = run;
    this.settings = settings;
  }

  /**
   * Starts {@code start} and waits for its start to end; returns what creating the injector threw,
   * or null.
   */
  Throwable run(StartThread start) {
    Thread creator = start.thread();
    long begin = System.nanoTime();
    long deadline =
        settings.startTimeout().isZero() ? NEVER : begin + settings.startTimeout().toNanos();
    long progress = begin + settings.startProgressInterval().toNanos();
    long stopTimeout = settings.stopTimeout().toNanos();
    long grace = NEVER;
    boolean interrupted = false;
    boolean callerInterrupted = false;
    start.begin();
    while (true) {
      long now = System.nanoTime();
      if (grace == NEVER) {
        if (run.stopRequested() || now - deadline >= 0) {
          if (!run.stopRequested()) {
            timedOut(now);
          }
          interrupt(creator);
          interrupted = true;
          grace = now + stopTimeout;
        } else if (run.failures().failed()) {
          grace = now + stopTimeout; // what is starting may finish
        } else if (now - progress >= 0) {
          logProgress(now - begin);
          progress += settings.startProgressInterval().toNanos();
        }
      } else if (now - grace >= 0) {
        if (!interrupted) {
          interrupt(creator);
          interrupted = true;
          grace = now + stopTimeout;
        } else {
          abandonedAfter = Duration.ofNanos(now - begin);
          break;
        }
      }
      try {
        if (start.awaitStart(
            Math.max(
                1,
                Math.min(
                    50,
                    TimeUnit.NANOSECONDS.toMillis(
                        Math.min(grace, Math.min(deadline, progress)) - now))))) {
          break;
        }
      } catch (InterruptedException e) {
        callerInterrupted = true;
        run.requestStop();
      }
    }
    if (callerInterrupted) {
      Thread.currentThread().interrupt();
    }
    if (abandonedAfter != null) {
      return new TimeoutException(
          "the start had not ended "
              + abandonedAfter.toMillis()
              + " ms after it began; its threads were interrupted and abandoned");
    }
    return run.createFailure();
  }

  /**
   * Notes what is still starting, with the stacks of the threads starting it, and cancels the
   * start.
   */
  private void timedOut(long now) {
    timedOutAt = now;
    stillStarting = inProgress();
    for (StartScheduler.InProgress component : stillStarting) {
      stacks.add(
          new StillStarting(
              component.node()
                  + " was still starting on thread "
                  + component.thread().getName()
                  + " after "
                  + Duration.ofNanos(now - component.sinceNanos()).toMillis()
                  + " ms",
              component.thread().getStackTrace()));
    }
    run.gate().cancel();
  }

  private List<StartScheduler.InProgress> inProgress() {
    StartScheduler scheduler = run.scheduler();
    return scheduler == null ? List.of() : scheduler.inProgress();
  }

  private void interrupt(Thread creator) {
    for (StartScheduler.InProgress starting : inProgress()) {
      starting.thread().interrupt();
    }
    creator.interrupt();
  }

  private void logProgress(long elapsedNanos) {
    List<StartScheduler.InProgress> starting = inProgress();
    log.info(
        "Container '{}' is still starting after {} s: {}",
        settings.name(),
        TimeUnit.NANOSECONDS.toSeconds(elapsedNanos),
        starting.isEmpty()
            ? "the injector is being created"
            : describe(starting, System.nanoTime()));
  }

  private static String describe(List<StartScheduler.InProgress> starting, long now) {
    List<String> parts = new ArrayList<>();
    for (StartScheduler.InProgress component : starting) {
      parts.add(
          component.node()
              + " for "
              + Duration.ofNanos(now - component.sinceNanos()).toMillis()
              + " ms on "
              + component.thread().getName());
    }
    return String.join(", ", parts);
  }

  /** Why the start failed. */
  StartupException exception(Throwable failure) {
    String container = "Container '" + settings.name() + "'";
    if (stillStarting != null) {
      return timedOut(container);
    }
    if (run.stopRequested()) {
      return new StartupException(
          container + " was stopped while starting",
          null,
          failure != null ? failure : new CancellationException("stop requested"));
    }
    StartFailures failures = run.failures();
    if (failures.failed()) {
      Key<?> key = failures.key();
      StartupException exception =
          new StartupException(
              container
                  + " failed to start"
                  + (key == null ? "" : " " + KeyNames.describe(key))
                  + ": "
                  + failures.message(),
              key,
              failures.cause());
      RuntimeException guice = failures.guiceException();
      if (guice != null) {
        exception.addSuppressed(guice);
      }
      if (failure != null
          && failure != guice
          && !(failure instanceof CreationException
              && StartAbandoned.onlyCause((CreationException) failure))) {
        exception.addSuppressed(failure);
      }
      return exception;
    }
    if (failure instanceof CreationException) {
      CreationException guice =
          GuiceReport.of((CreationException) failure, settings.modules(), settings.stage());
      return new StartupException(
          container + " failed to start: " + GuiceReport.summary(guice), null, guice);
    }
    return new StartupException(container + " failed to start: " + failure, null, failure);
  }

  private StartupException timedOut(String container) {
    String what =
        stillStarting.isEmpty()
            ? "the injector was still being created"
            : "still starting: " + describe(stillStarting, timedOutAt);
    StartupException exception =
        new StartupException(
            container
                + " did not start within "
                + settings.startTimeout().toMillis()
                + " ms; "
                + what,
            stillStarting.isEmpty() ? null : stillStarting.get(0).node().key,
            new TimeoutException(
                "start timeout of " + settings.startTimeout().toMillis() + " ms passed"));
    stacks.forEach(exception::addSuppressed);
    return exception;
  }
}
