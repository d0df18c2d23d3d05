package dev.cogwheel.metrics;

/** How a Graphite reporter talks to Graphite (carbon). */
public enum GraphiteProtocol {
  /**
   * Carbon's plaintext protocol over TCP (usually port 2003): one {@code name value timestamp} line
   * per value, one connection per report.
   */
  PLAINTEXT,
  /**
   * Carbon's pickle protocol over TCP (usually port 2004): values sent in pickled batches, one
   * connection per report.
   */
  PICKLE,
  /**
   * Carbon's plaintext protocol over UDP (usually port 2003). Nothing acknowledges a datagram, so a
   * Graphite server that is down goes unnoticed and is not counted as a failure.
   */
  UDP
}
