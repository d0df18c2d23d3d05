package dev.cogwheel.benchmarks.internal;

import com.google.inject.AbstractModule;

/** Binds {@link WidgetSettings} as a singleton and {@link Widget} unscoped. */
public final class WidgetModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(WidgetSettings.class);
    bind(Widget.class);
  }
}
