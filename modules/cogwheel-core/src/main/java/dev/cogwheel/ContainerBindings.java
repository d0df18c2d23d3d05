package dev.cogwheel;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

/**
 * The container's public bindings, {@code Container} and {@code Tasks}, as provider methods: unlike
 * bound instances, they are never injected, so no listener of the user's hears them unless the user
 * injects them.
 */
final class ContainerBindings extends AbstractModule {
  private final Container container;
  private final Tasks tasks;

  ContainerBindings(Container container, Tasks tasks) {
    this.container = container;
    this.tasks = tasks;
  }

  @Provides
  Container container() {
    return container;
  }

  @Provides
  Tasks tasks() {
    return tasks;
  }
}
