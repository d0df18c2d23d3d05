package dev.cogwheel.benchmarks.internal;

import jakarta.inject.Singleton;

/** The singleton every {@link Widget} depends on. */
@Singleton
public final class WidgetSettings {
  /** The prefix of a widget's label. */
  public String prefix() {
    return "widget";
  }
}
