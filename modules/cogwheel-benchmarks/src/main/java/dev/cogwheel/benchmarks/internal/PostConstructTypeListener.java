package dev.cogwheel.benchmarks.internal;

import com.google.inject.TypeLiteral;
import com.google.inject.spi.InjectionListener;
import com.google.inject.spi.TypeEncounter;
import com.google.inject.spi.TypeListener;
import jakarta.annotation.PostConstruct;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * A diagnostic, not a lifecycle: for each type Guice constructs that declares
 * {@code @PostConstruct} methods, registers an {@link InjectionListener} that calls them after
 * injection. It measures what running {@code @PostConstruct} costs per provision when Guice is told
 * once per type rather than asked on every provision; it ignores superclasses, overrides and the
 * other rules a real lifecycle follows.
 */
public final class PostConstructTypeListener implements TypeListener {
  @Override
  public <I> void hear(TypeLiteral<I> type, TypeEncounter<I> encounter) {
    List<Method> methods = new ArrayList<>();
    for (Method method : type.getRawType().getDeclaredMethods()) {
      if (method.isAnnotationPresent(PostConstruct.class) && method.trySetAccessible()) {
        methods.add(method);
      }
    }
    if (methods.isEmpty()) {
      return;
    }
    encounter.register(
        (InjectionListener<I>)
            instance -> {
              for (Method method : methods) {
                try {
                  method.invoke(instance);
                } catch (IllegalAccessException | InvocationTargetException e) {
                  throw new IllegalStateException("@PostConstruct " + method + " failed: " + e, e);
                }
              }
            });
  }
}
