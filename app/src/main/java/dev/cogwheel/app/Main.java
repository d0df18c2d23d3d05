package dev.cogwheel.app;

import ch.qos.logback.classic.Level;
import dev.cogwheel.Container;
import dev.cogwheel.LifecycleListener;
import dev.cogwheel.StartupException;
import dev.cogwheel.StopException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Runs the reminder service: {@code java -jar cogwheel-app.jar [options]}. See {@link AppOptions}
 * for the flags.
 *
 * <p>Exit codes: 0 after a clean stop (the end of {@code --run-for}, SIGTERM, Ctrl-C), 1 when the
 * start or the stop failed, 2 for a bad command line.
 */
public final class Main {
  private static final Logger log = LoggerFactory.getLogger(Main.class);

  static {
    // Guice's class generation calls sun.misc.Unsafe, which JDK 24+ reports on stderr at every
    // start; the app intercepts no method, so it runs without it (README, "JDK 25").
    if (System.getProperty("guice_bytecode_gen_option") == null) {
      System.setProperty("guice_bytecode_gen_option", "DISABLED");
    }
  }

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the service until it stops.
   *
   * @return the exit code
   */
  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err)
      throws InterruptedException {
    AppOptions options;
    try {
      options = AppOptions.parse(args, environment);
    } catch (IllegalArgumentException e) {
      err.println("cogwheel-app: " + e.getMessage());
      err.println();
      err.println(AppOptions.USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(AppOptions.USAGE);
      return 0;
    }
    configureLogging(options.debug());

    CountDownLatch stopRequested = new CountDownLatch(1);
    Container container =
        Container.builder()
            .name("app")
            .shutdownHook(true)
            .listener(
                new LifecycleListener() {
                  @Override
                  public void stopping(Container container) {
                    stopRequested.countDown();
                  }
                })
            .modules(new AppModule(options))
            .build();
    StopSignals.requestStopWith(stopRequested::countDown);
    try {
      container.start();
    } catch (StartupException e) {
      String component =
          e.component()
              .map(k -> k.getTypeLiteral().getRawType().getSimpleName())
              .orElse("the container");
      err.println("cogwheel-app: start-up failed in " + component + ": " + rootMessage(e));
      if (options.debug()) {
        log.error("Start-up failed", e);
      }
      return 1;
    }
    if (options.runFor().isPresent()) {
      if (!stopRequested.await(options.runFor().get().toNanos(), TimeUnit.NANOSECONDS)) {
        log.info("Ran for {}; stopping", options.runFor().get());
      }
    } else {
      stopRequested.await();
    }
    try {
      container.stop();
    } catch (StopException e) {
      err.println("cogwheel-app: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }

  private static void configureLogging(boolean debug) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    if (debug) {
      ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
          .setLevel(Level.DEBUG);
    }
  }
}
