package dev.cogwheel.benchmarks.internal;

import com.google.inject.AbstractModule;
import java.util.List;

/**
 * A Guice module of a generated graph of constructor-injected {@code @Singleton} classes ({@code
 * GeneratedGraphs}), as a user writes one: {@code bind(Service42.class)} for every class, and the
 * {@link Census} they count their lifecycle in, bound as an instance.
 */
public final class ClassGraphModule extends AbstractModule {
  private final List<Class<?>> classes;
  private final Census census;

  /**
   * @param classes the graph's classes
   * @param census where the classes count their lifecycle
   */
  public ClassGraphModule(List<Class<?>> classes, Census census) {
    this.classes = List.copyOf(classes);
    this.census = census;
  }

  @Override
  protected void configure() {
    bind(Census.class).toInstance(census);
    for (Class<?> type : classes) {
      bind(type);
    }
  }
}
