package dev.cogwheel.internal;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.ProviderInstanceBinding;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Notes the objects the user made and bound — {@code toInstance} values and provider instances — so
 * that the container never runs their {@code @PostConstruct} methods. Only those that have one are
 * noted: the others need no guard. Objects handed to {@code requestInjection} are not bound, and
 * are treated like those handed to {@code Injector.injectMembers}: injected, then initialised.
 *
 * <p>Bound as an instance by the container's own module, which comes before the user's modules, so
 * that Guice injects it before any object of the user's: Guice injects bound instances in the order
 * of their bindings. It reads the injector's bindings and those of the private modules that expose
 * something; a private module that exposes nothing cannot be reached from the injector, and objects
 * bound in it are treated as Guice's.
 */
public final class UserObjects {
  private final ComponentRegistry registry;

  /**
   * @param registry the registry to tell
   */
  public UserObjects(ComponentRegistry registry) {
    this.registry = registry;
  }

  /** Guice calls this first, with the injector being created. */
  @Inject
  void note(Injector injector) {
    Set<Object> found = Collections.newSetFromMap(new IdentityHashMap<>());
    BindingEdges.forEachBinding(
        injector,
        (binding, owner) -> {
          if (binding instanceof InstanceBinding) {
            addIfInitialisable(((InstanceBinding<?>) binding).getInstance(), found);
          } else if (binding instanceof ProviderInstanceBinding) {
            addIfInitialisable(
                ((ProviderInstanceBinding<?>) binding).getUserSuppliedProvider(), found);
          }
        });
    if (!found.isEmpty()) {
      registry.userInstances(found);
    }
  }

  private static void addIfInitialisable(Object instance, Set<Object> into) {
    try {
      if (LifecycleMethods.of(instance.getClass()).hasPostConstruct()) {
        into.add(instance);
      }
    } catch (InvalidLifecycleMethodException e) {
      into.add(instance); // the type listener reports it; never run it on the user's object
    }
  }

  @Override
  public String toString() {
    return "UserObjects";
  }
}
