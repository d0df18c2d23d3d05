package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.spi.ConstructorBinding;
import com.google.inject.spi.ConvertedConstantBinding;
import com.google.inject.spi.Dependency;
import com.google.inject.spi.Element;
import com.google.inject.spi.ExposedBinding;
import com.google.inject.spi.HasDependencies;
import com.google.inject.spi.InjectionPoint;
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
    if (binding instanceof ConstructorBinding) {
      return constructorKeys((ConstructorBinding<?>) binding);
    }
    if (binding instanceof HasDependencies) {
      return keysOf(((HasDependencies) binding).getDependencies());
    }
    return List.of();
  }

  /**
   * A constructor binding's keys, read from its injection points, whose dependencies Guice keeps;
   * {@code getDependencies()} builds a new set of them on every call.
   */
  private static List<Key<?>> constructorKeys(ConstructorBinding<?> binding) {
    List<Dependency<?>> constructor = binding.getConstructor().getDependencies();
    Set<InjectionPoint> members = binding.getInjectableMembers();
    List<Key<?>> keys = new ArrayList<>(constructor.size() + members.size());
    for (Dependency<?> dependency : constructor) {
      keys.add(dependency.getKey());
    }
    for (InjectionPoint member : members) {
      for (Dependency<?> dependency : member.getDependencies()) {
        keys.add(dependency.getKey());
      }
    }
    return keys;
  }

  /** An injector and its elements: the root's, or a private module's. */
  record Level(Injector injector, List<Element> elements) {}

  /**
   * The elements of {@code root}, then those of every private module that the root's exposed
   * bindings lead to, nested private modules included, each with the injector that owns them. Their
   * bindings in this order — explicit ones in binding order, then just-in-time ones, level by level
   * — are Guice's own order for creating eager singletons. A private module that exposes nothing
   * cannot be reached from its parent injector and is not listed.
   */
  static List<Level> levels(Injector root) {
    List<Element> rootElements = root.getElements();
    List<Level> levels = new ArrayList<>();
    levels.add(new Level(root, rootElements));
    Set<PrivateElements> seen = null;
    for (Element element : rootElements) {
      if (element instanceof ExposedBinding) {
        if (seen == null) {
          seen = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        addPrivate(((ExposedBinding<?>) element).getPrivateElements(), seen, levels);
      }
    }
    return levels;
  }

  private static void addPrivate(
      PrivateElements privateModule, Set<PrivateElements> seen, List<Level> levels) {
    if (!seen.add(privateModule)) {
      return;
    }
    Injector injector = privateModule.getInjector();
    levels.add(new Level(injector, injector.getElements()));
    for (Element element : privateModule.getElements()) {
      if (element instanceof PrivateElements) {
        addPrivate((PrivateElements) element, seen, levels);
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
