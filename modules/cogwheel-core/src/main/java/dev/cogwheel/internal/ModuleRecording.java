package dev.cogwheel.internal;

import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.InjectionRequest;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.PrivateElements;
import com.google.inject.spi.ProviderInstanceBinding;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The user's modules, recorded once with Guice's SPI: the module the injector is built from (with
 * {@link SingletonLink}s in place), and the objects the user made and handed to the modules —
 * {@code toInstance} values, {@code requestInjection} targets and provider instances — which the
 * container must leave alone (only those with a {@code @PostConstruct}, the ones it could touch).
 */
public final class ModuleRecording {
  private final Module module;
  private final Set<Object> userInstances;
  private final boolean privateModules;

  private ModuleRecording(Module module, Set<Object> userInstances, boolean privateModules) {
    this.module = module;
    this.userInstances = userInstances;
    this.privateModules = privateModules;
  }

  /** Records {@code modules} in {@code stage}. Runs each module's {@code configure()} once. */
  public static ModuleRecording of(Stage stage, Iterable<? extends Module> modules) {
    List<Element> elements = Elements.getElements(stage, modules);
    Set<Object> userInstances = Collections.newSetFromMap(new IdentityHashMap<>());
    collectUserInstances(elements, userInstances);
    boolean privateModules = elements.stream().anyMatch(PrivateElements.class::isInstance);
    return new ModuleRecording(SingletonLink.rewrite(elements), userInstances, privateModules);
  }

  /** The module to build the injector from. */
  public Module module() {
    return module;
  }

  /** Whether the modules include private modules. */
  public boolean hasPrivateModules() {
    return privateModules;
  }

  /** The objects the user made, by identity. */
  public Set<Object> userInstances() {
    return userInstances;
  }

  /** Collects the user's objects that have a {@code @PostConstruct}: the others need no guard. */
  private static void collectUserInstances(List<Element> elements, Set<Object> into) {
    for (Element element : elements) {
      if (element instanceof InstanceBinding) {
        addIfInitialisable(((InstanceBinding<?>) element).getInstance(), into);
      } else if (element instanceof InjectionRequest) {
        addIfInitialisable(((InjectionRequest<?>) element).getInstance(), into);
      } else if (element instanceof ProviderInstanceBinding) {
        addIfInitialisable(((ProviderInstanceBinding<?>) element).getUserSuppliedProvider(), into);
      } else if (element instanceof PrivateElements) {
        collectUserInstances(((PrivateElements) element).getElements(), into);
      }
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
}
