package dev.cogwheel.metrics.internal;

import com.codahale.metrics.jmx.JmxReporter;

/** Exposes the registry's metrics as MBeans of the platform MBean server while it runs. */
final class JmxExposure implements ManagedReporter {
  private final JmxReporter reporter;

  JmxExposure(JmxReporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public String kind() {
    return "jmx";
  }

  @Override
  public void start() {
    reporter.start();
  }

  @Override
  public void endPeriodicReports() {
    // JMX is read, not reported: nothing runs on a schedule
  }

  @Override
  public void stop() {
    reporter.stop();
  }

  @Override
  public String toString() {
    return "JmxExposure";
  }
}
