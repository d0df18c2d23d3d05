package dev.cogwheel.app;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into stop requests: the first asks {@code main} to stop the
 * container — which announces {@code stopping} (readiness 503) and then waits out its drain delay —
 * and each later one ends that wait, as a second Ctrl-C does for a person at a terminal.
 *
 * <p>Why {@code sun.misc.Signal}, an unsupported JDK API (module {@code jdk.unsupported}): the JDK
 * has no supported way to handle a signal. Without a handler the JVM answers SIGTERM by running its
 * shutdown hooks and exiting with status 143, which an orchestrator records as a failure, and a
 * second signal during those hooks is ignored, so it could not end a drain. {@code sun.misc.Signal}
 * is kept working on purpose for exactly this (JEP 260) and is present on every JDK the app
 * supports. This class is the only user of it in the project. javac warns about every use of it, a
 * warning no annotation can suppress, so this class is compiled apart from the rest of the app,
 * from {@code src/main/unsupported}, without {@code -Werror} (see the app's {@code pom.xml}).
 *
 * <p>Thread-safe: the JVM calls the handler on a new thread for each signal.
 */
final class StopSignals {
  private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

  private final Runnable firstRequest;
  private final Runnable laterRequest;
  private final AtomicInteger received = new AtomicInteger();

  private StopSignals(Runnable firstRequest, Runnable laterRequest) {
    this.firstRequest = firstRequest;
    this.laterRequest = laterRequest;
  }

  /**
   * Handles SIGTERM and SIGINT from now on, in place of the JVM's default handling.
   *
   * @param firstRequest run for the first signal: ask for the stop
   * @param laterRequest run for every later signal: end the drain (a second {@code stop()})
   */
  static StopSignals install(Runnable firstRequest, Runnable laterRequest) {
    StopSignals signals = new StopSignals(firstRequest, laterRequest);
    Signal.handle(new Signal("TERM"), signals::received);
    Signal.handle(new Signal("INT"), signals::received);
    return signals;
  }

  private void received(Signal signal) {
    if (received.incrementAndGet() == 1) {
      log.info("Received SIG{}; stopping (a second signal ends the drain delay)", signal.getName());
      firstRequest.run();
    } else {
      log.info(
          "Received SIG{} again; stopping without waiting out the drain delay", signal.getName());
      laterRequest.run();
    }
  }
}
