package dev.cogwheel.metrics.internal;

import com.codahale.metrics.MetricFilter;
import dev.cogwheel.metrics.GraphiteProtocol;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The reporters a {@link dev.cogwheel.metrics.MetricsModule} was built with. A {@code null} setting
 * means that reporter is off.
 *
 * @param period the period of the SLF4J, Graphite and CSV reporters
 * @param prefix the prefix of every name the Graphite and SLF4J reporters send, or null
 * @param filter which metrics every reporter reports
 * @param jmx whether to expose the metrics over JMX
 * @param jmxDomain the JMX domain, or null for the container's name
 * @param slf4jLogger the name of the logger the SLF4J reporter writes to, or null for none
 * @param graphiteProtocol the Graphite protocol, or null for no Graphite reporter
 * @param graphiteHost the Graphite host, when {@code graphiteProtocol} is set
 * @param graphitePort the Graphite port, when {@code graphiteProtocol} is set
 * @param graphiteConnectTimeout the bound on connecting to Graphite over TCP
 * @param csvDirectory the directory of the CSV reporter, or null for none
 */
public record ReporterSettings(
    Duration period,
    String prefix,
    MetricFilter filter,
    boolean jmx,
    String jmxDomain,
    String slf4jLogger,
    GraphiteProtocol graphiteProtocol,
    String graphiteHost,
    int graphitePort,
    Duration graphiteConnectTimeout,
    Path csvDirectory) {

  @Override
  public String toString() {
    return "ReporterSettings{period="
        + period
        + (prefix == null ? "" : ", prefix=" + prefix)
        + (filter == MetricFilter.ALL ? "" : ", filtered")
        + (jmx ? ", jmx=" + (jmxDomain == null ? "<container name>" : jmxDomain) : "")
        + (slf4jLogger == null ? "" : ", slf4j=" + slf4jLogger)
        + (graphiteProtocol == null
            ? ""
            : ", graphite=" + graphiteProtocol + "://" + graphiteHost + ":" + graphitePort)
        + (csvDirectory == null ? "" : ", csv=" + csvDirectory)
        + "}";
  }
}
