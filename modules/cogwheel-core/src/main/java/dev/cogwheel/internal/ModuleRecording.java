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
 * container must leave alone.
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

  private static void collectUserInstances(List<Element> elements, Set<Object> into) {
    for (Element element : elements) {
      if (element instanceof InstanceBinding) {
        into.add(((InstanceBinding<?>) element).getInstance());
      } else if (element instanceof InjectionRequest) {
        into.add(((InjectionRequest<?>) element).getInstance());
      } else if (element instanceof ProviderInstanceBinding) {
        into.add(((ProviderInstanceBinding<?>) element).getUserSuppliedProvider());
      } else if (element instanceof PrivateElements) {
        collectUserInstances(((PrivateElements) element).getElements(), into);
      }
    }
  }
}
