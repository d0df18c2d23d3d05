package dev.cogwheel.internal;

import com.google.inject.Binder;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.PrivateBinder;
import com.google.inject.Scope;
import com.google.inject.Stage;
import com.google.inject.binder.ScopedBindingBuilder;
import com.google.inject.spi.BindingScopingVisitor;
import com.google.inject.spi.Dependency;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.LinkedKeyBinding;
import com.google.inject.spi.PrivateElements;
import com.google.inject.spi.ProviderWithDependencies;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

/**
 * Stands in for a singleton-scoped linked binding, {@code bind(Cache.class).to(RedisCache.class)
 * .in(Singleton.class)}, so that the singleton becomes visible to a provision listener when it is
 * created lazily, in {@link Stage#DEVELOPMENT}.
 *
 * <p>Guice reports such an instance on the target's own unscoped binding, where nothing tells it
 * apart from an unscoped instance. Rebound as {@code bind(Cache.class).toProvider(link)
 * .in(Singleton.class)}, the singleton binding itself is provisioned, with the same scope, source
 * and dependencies, and the listener sees it.
 */
public final class SingletonLink<T> implements ProviderWithDependencies<T> {
  private final Key<? extends T> target;
  private com.google.inject.Provider<? extends T> provider;

  private SingletonLink(Key<? extends T> target) {
    this.target = target;
  }

  @Inject
  void resolve(Injector injector) {
    provider = injector.getProvider(target);
  }

  @Override
  public T get() {
    return provider.get();
  }

  @Override
  public Set<Dependency<?>> getDependencies() {
    return Set.of(Dependency.get(target));
  }

  Key<? extends T> target() {
    return target;
  }

  @Override
  public String toString() {
    return "SingletonLink[" + target + "]";
  }

  /**
   * Records {@code modules} once with Guice's SPI and returns one module that binds what they bind,
   * with every singleton-scoped linked binding, in private modules too, replaced by a {@link
   * SingletonLink}. Guice records the returned module again when it builds the injector, which is
   * why {@link Stage#PRODUCTION}, where every singleton is created with the injector, uses {@link
   * LinkedSingletons} instead.
   */
  public static Module rewrite(Stage stage, Iterable<? extends Module> modules) {
    List<Element> elements = Elements.getElements(stage, modules);
    if (!containsSingletonLink(elements)) {
      return Elements.getModule(elements);
    }
    return binder -> apply(elements, binder);
  }

  private static boolean containsSingletonLink(List<Element> elements) {
    for (Element element : elements) {
      if (Scoping.isSingletonLink(element)) {
        return true;
      }
      if (element instanceof PrivateElements
          && containsSingletonLink(((PrivateElements) element).getElements())) {
        return true;
      }
    }
    return false;
  }

  private static void apply(List<Element> elements, Binder binder) {
    for (Element element : elements) {
      if (Scoping.isSingletonLink(element)) {
        relink((LinkedKeyBinding<?>) element, binder);
      } else if (element instanceof PrivateElements
          && containsSingletonLink(((PrivateElements) element).getElements())) {
        PrivateElements privateElements = (PrivateElements) element;
        PrivateBinder privateBinder =
            binder.withSource(privateElements.getSource()).newPrivateBinder();
        apply(privateElements.getElements(), privateBinder);
        for (Key<?> exposed : privateElements.getExposedKeys()) {
          privateBinder.withSource(privateElements.getExposedSource(exposed)).expose(exposed);
        }
      } else {
        element.applyTo(binder);
      }
    }
  }

  private static <T> void relink(LinkedKeyBinding<T> binding, Binder binder) {
    ScopedBindingBuilder builder =
        binder
            .withSource(binding.getSource())
            .bind(binding.getKey())
            .toProvider(new SingletonLink<T>(binding.getLinkedKey()));
    binding.acceptScopingVisitor(
        new BindingScopingVisitor<Void>() {
          @Override
          public Void visitEagerSingleton() {
            builder.asEagerSingleton();
            return null;
          }

          @Override
          public Void visitScope(Scope scope) {
            builder.in(scope);
            return null;
          }

          @Override
          public Void visitScopeAnnotation(Class<? extends Annotation> scopeAnnotation) {
            builder.in(scopeAnnotation);
            return null;
          }

          @Override
          public Void visitNoScoping() {
            return null;
          }
        });
  }
}
