package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Scope;
import com.google.inject.Scopes;
import com.google.inject.spi.BindingScopingVisitor;
import com.google.inject.spi.DefaultBindingScopingVisitor;
import com.google.inject.spi.Element;
import com.google.inject.spi.LinkedKeyBinding;
import java.lang.annotation.Annotation;

/** Whether a binding's own scoping makes it a singleton, or an eager one. */
final class Scoping implements BindingScopingVisitor<Boolean> {
  private static final Scoping INSTANCE = new Scoping();

  private static final BindingScopingVisitor<Boolean> EAGER =
      new DefaultBindingScopingVisitor<>() {
        @Override
        public Boolean visitEagerSingleton() {
          return true;
        }

        @Override
        protected Boolean visitOther() {
          return false;
        }
      };

  private Scoping() {}

  static boolean isSingleton(Binding<?> binding) {
    return binding.acceptScopingVisitor(INSTANCE);
  }

  /** Whether the binding is {@code asEagerSingleton()}: created at start in every stage. */
  static boolean isEagerSingleton(Binding<?> binding) {
    return binding.acceptScopingVisitor(EAGER);
  }

  /**
   * Whether {@code element} is a singleton-scoped linked binding, {@code
   * bind(A).to(B).in(Singleton.class)}.
   */
  static boolean isSingletonLink(Element element) {
    return element instanceof LinkedKeyBinding && isSingleton((Binding<?>) element);
  }

  @Override
  public Boolean visitEagerSingleton() {
    return true;
  }

  @Override
  public Boolean visitScope(Scope scope) {
    return scope == Scopes.SINGLETON;
  }

  @Override
  public Boolean visitScopeAnnotation(Class<? extends Annotation> scopeAnnotation) {
    return scopeAnnotation == jakarta.inject.Singleton.class
        || scopeAnnotation == com.google.inject.Singleton.class;
  }

  @Override
  public Boolean visitNoScoping() {
    return false;
  }
}
