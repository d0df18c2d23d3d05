package dev.cogwheel;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.Provides;

/**
 * The container's public bindings, {@code Container} and {@code Tasks}, as provider methods: unlike
 * bound instances, they are never injected, so no listener of the user's hears them unless the user
 * injects them.
 *
 * <p>A plain {@link Module}, not an {@code AbstractModule}: Guice looks for provider methods in the
 * module's class and every superclass on every start, and {@code AbstractModule} has dozens of
 * methods to look through.
 */
final class ContainerBindings implements Module {
  private final Container container;
  private final Tasks tasks;

  ContainerBindings(Container container, Tasks tasks) {
    this.container = container;
    this.tasks = tasks;
  }

  /** Binds nothing itself: Guice binds the provider methods below. */
  @Override
  public void configure(Binder binder) {}

  @Provides
  Container container() {
    return container;
  }

  @Provides
  Tasks tasks() {
    return tasks;
  }
}
