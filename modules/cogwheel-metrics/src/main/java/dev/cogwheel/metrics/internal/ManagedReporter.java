package dev.cogwheel.metrics.internal;

/**
 * A reporter whose life follows its container's: started once the container is running, stopped
 * once every component has been released.
 */
interface ManagedReporter {

  /**
   * What the reporter is, for logs: {@code graphite}, {@code slf4j}, {@code csv} or {@code jmx}.
   */
  String kind();

  /** Starts reporting. Called once. */
  void start();

  /** Reports one last time if the reporter reports periodically, then releases its threads. */
  void stop();
}
