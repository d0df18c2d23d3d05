package dev.cogwheel.benchmarks.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * An unscoped object with one singleton dependency and a trivial {@code @PostConstruct}: what the
 * provisioning benchmark creates, once per operation.
 */
public final class Widget {
  private final WidgetSettings settings;
  private String label;

  /**
   * @param settings the singleton it depends on
   */
  @Inject
  public Widget(WidgetSettings settings) {
    this.settings = settings;
  }

  @PostConstruct
  void init() {
    label = settings.prefix();
  }

  /** Whether its {@code @PostConstruct} has run. */
  public boolean isInitialized() {
    return label != null;
  }
}
