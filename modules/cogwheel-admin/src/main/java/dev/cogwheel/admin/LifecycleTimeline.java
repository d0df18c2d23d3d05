package dev.cogwheel.admin;

import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import dev.cogwheel.admin.internal.TimelinePage;
import dev.cogwheel.admin.internal.TimelineRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a container's lifecycle timeline to a file: the page the admin server shows at {@code
 * /lifecycle/timeline}, as one self-contained HTML file that loads nothing and opens in any
 * browser. Write it at the end of a run — after {@code stop()}, or when {@code start()} threw — to
 * keep it as an artifact of a CI job or a test run.
 *
 * <pre>{@code
 * try {
 *   container.start();
 *   ...
 *   container.stop();
 *   LifecycleTimeline.write(container, Path.of("target/timeline.html"));
 * } catch (StartupException e) {
 *   LifecycleTimeline.write(container, e, Path.of("target/timeline.html"));
 *   throw e;
 * }
 * }</pre>
 *
 * <p>The page draws every component of the container's current or last run on two time axes, its
 * start and its stop, in one lane per thread; highlights the critical path of the start (the chain
 * of {@linkplain dev.cogwheel.Component#startDependencies() start dependencies}, declared ones
 * included, whose own start durations add up to the most); gives each component's key, type,
 * durations and dependencies on hover and click; and draws the dependency graph in layers, lighting
 * the selected component's dependencies and dependents. A failed start shows its failed component
 * in a colour of its own. Failures are named by their class, never their message.
 *
 * <p>This class does not need {@link AdminModule}: it reads only {@link Container#components()}.
 */
public final class LifecycleTimeline {
  private LifecycleTimeline() {}

  /**
   * Writes the timeline of {@code container}'s current or last run to {@code file}, replacing it.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Container container, Path file) throws IOException {
    write(TimelineRun.of(container), file);
  }

  /**
   * Writes the timeline of {@code container}'s last run, whose start failed with {@code failure}
   * (what {@link Container#start()} threw), to {@code file}, replacing it. The failed component,
   * which never started, is drawn after the last component that did, until the rollback began.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Container container, StartupException failure, Path file)
      throws IOException {
    write(TimelineRun.of(container, failure), file);
  }

  private static void write(TimelineRun run, Path file) throws IOException {
    Files.writeString(file, TimelinePage.html(run, false), StandardCharsets.UTF_8);
  }
}
