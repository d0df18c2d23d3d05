package dev.cogwheel.metrics.internal;

import dev.cogwheel.metrics.GraphiteProtocol;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The reporters a {@link dev.cogwheel.metrics.MetricsModule} was built with. Immutable; a
 * {@code null} setting means that reporter is off.
 */
public final class ReporterSettings {
  private final Duration period;
  private final String prefix;
  private final boolean jmx;
  private final String jmxDomain;
  private final String slf4jLogger;
  private final GraphiteProtocol graphiteProtocol;
  private final String graphiteHost;
  private final int graphitePort;
  private final Duration graphiteConnectTimeout;
  private final Path csvDirectory;

  /**
   * @param period the period of the SLF4J, Graphite and CSV reporters
   * @param prefix the prefix of every name the Graphite and SLF4J reporters send, or null
   * @param jmx whether to expose the metrics over JMX
   * @param jmxDomain the JMX domain, or null for the container's name
   * @param slf4jLogger the name of the logger the SLF4J reporter writes to, or null for none
   * @param graphiteProtocol the Graphite protocol, or null for no Graphite reporter
   * @param graphiteHost the Graphite host, when {@code graphiteProtocol} is set
   * @param graphitePort the Graphite port, when {@code graphiteProtocol} is set
   * @param graphiteConnectTimeout the bound on connecting to Graphite over TCP
   * @param csvDirectory the directory of the CSV reporter, or null for none
   */
  public ReporterSettings(
      Duration period,
      String prefix,
      boolean jmx,
      String jmxDomain,
      String slf4jLogger,
      GraphiteProtocol graphiteProtocol,
      String graphiteHost,
      int graphitePort,
      Duration graphiteConnectTimeout,
      Path csvDirectory) {
    this.period = period;
    this.prefix = prefix;
    this.jmx = jmx;
    this.jmxDomain = jmxDomain;
    this.slf4jLogger = slf4jLogger;
    this.graphiteProtocol = graphiteProtocol;
    this.graphiteHost = graphiteHost;
    this.graphitePort = graphitePort;
    this.graphiteConnectTimeout = graphiteConnectTimeout;
    this.csvDirectory = csvDirectory;
  }

  public Duration period() {
    return period;
  }

  public String prefix() {
    return prefix;
  }

  public boolean jmx() {
    return jmx;
  }

  public String jmxDomain() {
    return jmxDomain;
  }

  public String slf4jLogger() {
    return slf4jLogger;
  }

  public GraphiteProtocol graphiteProtocol() {
    return graphiteProtocol;
  }

  public String graphiteHost() {
    return graphiteHost;
  }

  public int graphitePort() {
    return graphitePort;
  }

  public Duration graphiteConnectTimeout() {
    return graphiteConnectTimeout;
  }

  public Path csvDirectory() {
    return csvDirectory;
  }

  @Override
  public String toString() {
    return "ReporterSettings{period=" + period
        + (prefix == null ? "" : ", prefix=" + prefix)
        + (jmx ? ", jmx=" + (jmxDomain == null ? "<container name>" : jmxDomain) : "")
        + (slf4jLogger == null ? "" : ", slf4j=" + slf4jLogger)
        + (graphiteProtocol == null ? "" : ", graphite=" + graphiteProtocol + "://" + graphiteHost + ":" + graphitePort)
        + (csvDirectory == null ? "" : ", csv=" + csvDirectory)
        + "}";
  }
}
