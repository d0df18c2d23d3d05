package dev.cogwheel.okhttp.internal;

import com.google.inject.AbstractModule;
import dev.cogwheel.okhttp.HttpModule;

/**
 * The bindings every {@code ApiModule} shares: the HTTP module with default settings (which an
 * {@code HttpModule} with settings of its own overrides) and the retry scheduler. All instances are
 * equal, so Guice installs them once however many API modules there are.
 */
public final class ApiBindings extends AbstractModule {

  @Override
  protected void configure() {
    install(new HttpModule());
    bind(RetryScheduler.class); // unscoped: a handle on the connector's timer, not a component
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiBindings;
  }

  @Override
  public int hashCode() {
    return ApiBindings.class.hashCode();
  }
}
