package dev.cogwheel.benchmarks.internal;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The Spring counterpart of {@link WidgetModule}: {@link WidgetSettings} a singleton, {@link
 * Widget} a prototype.
 */
public final class SpringWidgets {
  private SpringWidgets() {}

  /** A new, refreshed context; the caller closes it. */
  public static AnnotationConfigApplicationContext context() {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(WidgetSettings.class);
    context.registerBean(
        Widget.class, definition -> definition.setScope(BeanDefinition.SCOPE_PROTOTYPE));
    context.refresh();
    return context;
  }
}
