package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.spi.LinkedKeyBinding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the singletons of singleton-scoped linked bindings, {@code bind(Cache.class)
 * .to(RedisCache.class).in(Singleton.class)}, through the {@link ComponentRegistry}, so that each
 * is recorded as a component: Guice provisions such a singleton through the target's own binding,
 * which is not a singleton, and a provision listener cannot tell it from an unscoped instance.
 *
 * <p>For {@link com.google.inject.Stage#PRODUCTION}, where every singleton is created with the
 * injector. Bound as an instance by the container's own module, ahead of the user's modules, so
 * that Guice injects it before it creates any singleton. If there are linked singletons, its
 * injection creates the singletons of the explicit bindings the way Guice would next — the root
 * injector's in binding order, then those of private modules — except that the linked singletons a
 * binding reaches are created just before it rather than inside it, where they would go unseen.
 * Guice then creates what is left (singletons bound just in time). The linked singletons of a
 * private module that exposes nothing cannot be reached from the injector and are not managed.
 */
public final class LinkedSingletons {
  private final ComponentRegistry registry;

  /**
   * @param registry the registry that creates and records the singletons
   */
  public LinkedSingletons(ComponentRegistry registry) {
    this.registry = registry;
  }

  /** Guice calls this before it creates the eager singletons, with the injector being created. */
  @Inject
  void create(Injector injector) {
    Map<LinkedKeyBinding<?>, Injector> links = new LinkedHashMap<>();
    BindingEdges.forEachBinding(
        injector,
        (binding, owner) -> {
          if (Scoping.isSingletonLink(binding)) {
            links.put((LinkedKeyBinding<?>) binding, owner);
          }
        });
    if (links.isEmpty()) {
      return; // nothing that Guice's own creation of the singletons would hide
    }
    Map<Injector, List<Binding<?>>> eager = new LinkedHashMap<>();
    BindingEdges.forEachBinding(
        injector,
        (binding, owner) -> {
          if (Scoping.isSingleton(binding) || leadsToSingleton(owner, binding)) {
            eager.computeIfAbsent(owner, o -> new ArrayList<>()).add(binding);
          }
        });
    Walk walk = new Walk(links);
    eager.forEach(
        (owner, bindings) -> {
          for (Binding<?> binding : bindings) {
            walk.create(binding, owner);
          }
        });
  }

  /** Whether {@code binding} links to a singleton: Guice creates such a binding eagerly too. */
  private static boolean leadsToSingleton(Injector injector, Binding<?> binding) {
    if (!(binding instanceof LinkedKeyBinding)) {
      return false;
    }
    Binding<?> target = injector.getExistingBinding(((LinkedKeyBinding<?>) binding).getLinkedKey());
    return target != null
        && target != binding
        && (Scoping.isSingleton(target) || leadsToSingleton(injector, target));
  }

  /**
   * One pass over the singletons: each link is created once, after the links its target reaches.
   */
  private final class Walk {
    private final Map<LinkedKeyBinding<?>, Injector> links;
    private final Set<Binding<?>> created = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Binding<?>> walked = Collections.newSetFromMap(new IdentityHashMap<>());

    Walk(Map<LinkedKeyBinding<?>, Injector> links) {
      this.links = links;
    }

    /** Creates the singleton of {@code binding}, after the links it reaches. */
    void create(Binding<?> binding, Injector owner) {
      if (!created.add(binding)) {
        return; // done, or in progress further up: a cycle, which Guice resolves or reports
      }
      for (Key<?> dependency : BindingEdges.dependencyKeys(binding)) {
        createLinksReachedFrom(dependency, owner);
      }
      if (links.containsKey(binding)) {
        registry.createLinked((LinkedKeyBinding<?>) binding, owner);
      } else {
        owner.getInstance(binding.getKey());
      }
    }

    private void createLinksReachedFrom(Key<?> key, Injector injector) {
      BindingEdges.Located located = BindingEdges.locate(injector, key);
      if (located == null || !walked.add(located.binding())) {
        return;
      }
      Binding<?> binding = located.binding();
      Injector owner = links.get(binding);
      if (owner != null) {
        create(binding, owner);
        return;
      }
      for (Key<?> dependency : BindingEdges.dependencyKeys(binding)) {
        createLinksReachedFrom(dependency, located.injector());
      }
    }
  }

  @Override
  public String toString() {
    return "LinkedSingletons";
  }
}
