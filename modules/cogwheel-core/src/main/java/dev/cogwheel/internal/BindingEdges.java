package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.spi.ConvertedConstantBinding;
import com.google.inject.spi.Dependency;
import com.google.inject.spi.Element;
import com.google.inject.spi.ExposedBinding;
import com.google.inject.spi.HasDependencies;
import com.google.inject.spi.LinkedKeyBinding;
import com.google.inject.spi.PrivateElements;
import com.google.inject.spi.ProviderBinding;
import com.google.inject.spi.ProviderInstanceBinding;
import com.google.inject.spi.ProviderKeyBinding;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The edges between Guice bindings, read with the SPI: which keys a binding needs, where the
 * binding of a key lives, and every explicit binding an injector and its private modules hold.
 */
final class BindingEdges {
  private BindingEdges() {}

  /** Where a binding was found: the binding and the injector that owns it. */
  record Located(Binding<?> binding, Injector injector) {}

  /**
   * The binding of {@code key} as {@code injector} sees it, followed through exposed bindings into
   * the private module that owns it, with {@code Provider<T>} keys read as {@code T}; or {@code
   * null} if there is none yet.
   */
  static Located locate(Injector injector, Key<?> key) {
    return locateTarget(injector, target(key));
  }

  /** {@link #locate} for a key already read through {@link #target}. */
  static Located locateTarget(Injector injector, Key<?> target) {
    Binding<?> binding = injector.getExistingBinding(target);
    Injector owner = injector;
    while (binding instanceof ExposedBinding) {
      owner = ((ExposedBinding<?>) binding).getPrivateElements().getInjector();
      binding = owner.getExistingBinding(target);
    }
    return binding == null ? null : new Located(binding, owner);
  }

  /** The keys {@code binding} needs to provide its instance. */
  static List<Key<?>> dependencyKeys(Binding<?> binding) {
    if (binding instanceof LinkedKeyBinding) {
      return List.of(((LinkedKeyBinding<?>) binding).getLinkedKey());
    }
    if (binding instanceof ProviderKeyBinding) {
      return List.of(((ProviderKeyBinding<?>) binding).getProviderKey());
    }
    if (binding instanceof ProviderBinding) {
      return List.of(((ProviderBinding<?>) binding).getProvidedKey());
    }
    if (binding instanceof ConvertedConstantBinding) {
      return List.of(((ConvertedConstantBinding<?>) binding).getSourceKey());
    }
    if (binding instanceof ProviderInstanceBinding
        && ((ProviderInstanceBinding<?>) binding).getUserSuppliedProvider()
            instanceof HasDependencies) {
      // what the binding would report, without the copy Guice makes of it on every call
      return keysOf(
          ((HasDependencies) ((ProviderInstanceBinding<?>) binding).getUserSuppliedProvider())
              .getDependencies());
    }
    if (binding instanceof HasDependencies) {
      return keysOf(((HasDependencies) binding).getDependencies());
    }
    return List.of();
  }

  /**
   * Calls {@code action} with every explicit binding of {@code root}, in binding order, then with
   * those of every private module that the root's exposed bindings lead to, nested private modules
   * included, with the injector that owns each. Exposed bindings themselves are skipped: their
   * private module's own binding is visited. A private module that exposes nothing cannot be
   * reached from its parent injector and is not visited.
   */
  static void forEachBinding(Injector root, BiConsumer<Binding<?>, Injector> action) {
    List<PrivateElements> privateModules = null;
    for (Binding<?> binding : root.getBindings().values()) {
      if (binding instanceof ExposedBinding) {
        if (privateModules == null) {
          privateModules = new ArrayList<>();
        }
        privateModules.add(((ExposedBinding<?>) binding).getPrivateElements());
      } else {
        action.accept(binding, root);
      }
    }
    if (privateModules != null) {
      Set<PrivateElements> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (PrivateElements privateModule : privateModules) {
        visit(privateModule, seen, action);
      }
    }
  }

  private static void visit(
      PrivateElements privateModule,
      Set<PrivateElements> seen,
      BiConsumer<Binding<?>, Injector> action) {
    if (!seen.add(privateModule)) {
      return;
    }
    Injector injector = privateModule.getInjector();
    for (Binding<?> binding : injector.getBindings().values()) {
      if (!(binding instanceof ExposedBinding)) {
        action.accept(binding, injector);
      }
    }
    for (Element element : privateModule.getElements()) {
      if (element instanceof PrivateElements) {
        visit((PrivateElements) element, seen, action);
      }
    }
  }

  private static List<Key<?>> keysOf(Set<Dependency<?>> dependencies) {
    List<Key<?>> keys = new ArrayList<>(dependencies.size());
    for (Dependency<?> dependency : dependencies) {
      keys.add(dependency.getKey());
    }
    return keys;
  }

  /**
   * The key a dependency on {@code key} leads to: {@code T} for a key of {@code Provider<T>}
   * (Guice's or {@code jakarta.inject}'s), else the key.
   */
  static Key<?> target(Key<?> key) {
    Type type = key.getTypeLiteral().getType();
    if (type instanceof ParameterizedType) {
      Type raw = ((ParameterizedType) type).getRawType();
      if (raw == com.google.inject.Provider.class || raw == jakarta.inject.Provider.class) {
        return key.ofType(TypeLiteral.get(((ParameterizedType) type).getActualTypeArguments()[0]));
      }
    }
    return key;
  }
}
