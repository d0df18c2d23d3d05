package dev.cogwheel.benchmarks.internal;

import java.util.List;

/**
 * One way to launch the app: a name for the tables and the command that runs it up to its own
 * arguments ({@code java [JVM options] -jar app.jar}).
 *
 * @param name how the tables call it
 * @param command the command, to which a launch appends the app's options
 */
public record StartupVariant(String name, List<String> command) {
  /** Copies {@code command}. */
  public StartupVariant {
    command = List.copyOf(command);
  }
}
