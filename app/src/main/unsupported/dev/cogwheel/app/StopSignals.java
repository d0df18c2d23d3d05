package dev.cogwheel.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a stop request for {@code main}, in place of the JVM's default
 * handling (run the shutdown hooks, exit 143 or 130), so that a service stopped by its orchestrator
 * or by Ctrl-C stops its container on the main thread and exits 0.
 *
 * <p>This is the app's only use of {@code sun.misc.Signal}, an unsupported JDK API (module {@code
 * jdk.unsupported}) that the JDK has kept working since Java 1.x and that has no supported
 * replacement: no public API lets a program handle a signal instead of exiting. javac warns about
 * every use of it, a warning no annotation can suppress, so this class is compiled apart from the
 * rest of the app, from {@code src/main/unsupported}, without {@code -Werror} (see the app's {@code
 * pom.xml}). The container's own shutdown hook still covers every other way the JVM can end.
 */
final class StopSignals {
  private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

  private StopSignals() {}

  /** From now on, SIGTERM and SIGINT run {@code stopRequest} instead of ending the JVM. */
  static void requestStopWith(Runnable stopRequest) {
    for (String name : new String[] {"TERM", "INT"}) {
      Signal.handle(
          new Signal(name),
          signal -> {
            log.info("Received SIG{}; stopping", signal.getName());
            stopRequest.run();
          });
    }
  }
}
