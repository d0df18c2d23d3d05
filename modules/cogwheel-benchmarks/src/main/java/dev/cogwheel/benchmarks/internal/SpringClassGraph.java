package dev.cogwheel.benchmarks.internal;

import java.util.List;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The Spring counterpart of {@link ClassGraphModule}: every class of a generated graph registered
 * as a bean, which Spring creates through its {@code @Inject} constructor and whose
 * {@code @PostConstruct} and {@code @PreDestroy} it calls, and the {@link Census} registered as a
 * ready singleton.
 */
public final class SpringClassGraph {
  private SpringClassGraph() {}

  /**
   * A new context, not yet refreshed, with every class of the graph registered.
   *
   * @param classes the graph's classes
   * @param census where the classes count their lifecycle
   */
  public static AnnotationConfigApplicationContext context(List<Class<?>> classes, Census census) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.getBeanFactory().registerSingleton("census", census);
    for (Class<?> type : classes) {
      context.registerBean(type);
    }
    return context;
  }
}
