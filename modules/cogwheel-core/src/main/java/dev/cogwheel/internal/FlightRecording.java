package dev.cogwheel.internal;

import jdk.jfr.FlightRecorder;

/**
 * Begins the container's Flight Recorder events only in a JVM where Flight Recorder has been
 * started ({@code -XX:StartFlightRecording}, {@code jcmd JFR.start}, a {@code Recording} made in
 * the process): only there can a recording see them. Elsewhere the event classes, and the hundred
 * classes of Flight Recorder that the first event of a JVM loads and generates, stay unloaded.
 * Callers hold the events in variables of their own types and check for null, so that nothing loads
 * them before they are begun.
 */
final class FlightRecording {
  private FlightRecording() {}

  /** A begun start event, or null if Flight Recorder has not been started in this JVM. */
  static ComponentStartEvent beginStart() {
    if (!FlightRecorder.isInitialized()) {
      return null;
    }
    ComponentStartEvent event = new ComponentStartEvent();
    event.begin();
    return event;
  }

  /** A begun stop event, or null if Flight Recorder has not been started in this JVM. */
  static ComponentStopEvent beginStop() {
    if (!FlightRecorder.isInitialized()) {
      return null;
    }
    ComponentStopEvent event = new ComponentStopEvent();
    event.begin();
    return event;
  }
}
