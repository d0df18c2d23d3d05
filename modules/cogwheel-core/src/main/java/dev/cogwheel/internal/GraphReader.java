package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Scope;
import com.google.inject.Stage;
import com.google.inject.spi.BindingScopingVisitor;
import com.google.inject.spi.Element;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.LinkedKeyBinding;
import com.google.inject.spi.ProviderInstanceBinding;
import com.google.inject.spi.ProvisionListener;
import com.google.inject.spi.ProvisionListenerBinding;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a run's {@link ComponentGraph} from its injector, once, after Guice has made every binding
 * and before it injects or creates anything: the singletons (every one in {@link Stage#PRODUCTION},
 * the eager ones marked as such), the objects the user bound, the edges, and what modules declared
 * with {@code LifecycleBinder}.
 */
public final class GraphReader {
  private final Injector root;
  private final Stage stage;
  private final Map<Key<?>, Binding<?>> rootBindings;
  private final List<Node> nodes = new ArrayList<>();
  private final Set<Object> userObjects = ComponentGraph.identitySet();
  private final Map<Binding<?>, Injector> owners = new IdentityHashMap<>();
  private final Map<Key<?>, Integer> dependents = new HashMap<>();
  private final Declarations declarations = new Declarations();

  /**
   * Guice's order of eager creation: nodes, and unscoped links to singletons, which Guice creates
   * eagerly too.
   */
  private final List<Object> creationOrder = new ArrayList<>();

  private GraphReader(Injector root, Stage stage) {
    this.root = root;
    this.stage = stage;
    this.rootBindings = root.getAllBindings();
  }

  /**
   * Reads the graph of {@code root}.
   *
   * @throws LifecycleDeclarationException if a {@code LifecycleBinder} declaration names a key
   *     nobody binds, or declared edges close a cycle
   */
  public static ComponentGraph read(Injector root, Stage stage) {
    return new GraphReader(root, stage).read();
  }

  private ComponentGraph read() {
    Set<Injector> injectors = new LinkedHashSet<>();
    injectors.add(root);
    BindingEdges.forEachBinding(root, rootBindings, (binding, owner) -> injectors.add(owner));
    for (Injector injector : injectors) {
      for (Element element : injector.getElements()) {
        if (element instanceof ProvisionListenerBinding) {
          for (ProvisionListener listener : ((ProvisionListenerBinding) element).getListeners()) {
            if (listener instanceof LifecycleDeclaration) {
              declarations.add((LifecycleDeclaration) listener, element.getSource(), injector);
            }
          }
        }
      }
    }
    BindingEdges.forEachBinding(root, rootBindings, this::visit);
    Map<Key<?>, Node> exclusiveLinks = new HashMap<>();
    for (Node node : nodes) {
      if (node.linkTarget != null && dependents.getOrDefault(node.linkTarget, 0) == 1) {
        exclusiveLinks.put(node.linkTarget, node);
      }
    }
    ComponentGraph graph = new ComponentGraph(root, nodes, exclusiveLinks, userObjects, owners);
    graph.creationOrder(creationOrder(graph));
    declarations.checkBound();
    GraphEdges edges = new GraphEdges(graph, rootBindings, declarations.dependsOn());
    for (Node node : nodes) {
      edges.connect(node, nodes);
    }
    if (!declarations.isEmpty()) {
      declarations.apply(graph, nodes, edges);
    }
    return graph;
  }

  private void visit(Binding<?> binding, Injector owner) {
    if (owner != root) {
      owners.put(binding, owner);
    }
    for (Key<?> key : BindingEdges.dependencyKeys(binding)) {
      dependents.merge(BindingEdges.target(key), 1, Integer::sum);
    }
    if (binding instanceof InstanceBinding) {
      Object instance = ((InstanceBinding<?>) binding).getInstance();
      noteUserObject(instance);
      if (declarations.managed(binding.getKey())) {
        nodes.add(new Node(nodes.size(), binding, owner, true, true));
      }
      return;
    }
    if (binding instanceof ProviderInstanceBinding) {
      noteUserObject(((ProviderInstanceBinding<?>) binding).getUserSuppliedProvider());
    }
    if (Scoping.isSingleton(binding)) {
      Node node =
          new Node(
              nodes.size(),
              binding,
              owner,
              stage == Stage.PRODUCTION || isEagerSingleton(binding),
              false);
      nodes.add(node);
      creationOrder.add(node);
    } else if (binding instanceof LinkedKeyBinding) {
      creationOrder.add(new BindingEdges.Located(binding, owner));
    }
  }

  /**
   * The eager nodes in the order Guice would create them: each node at its binding, and at an
   * unscoped link, the eager node it leads to (Guice creates that one early, through the link).
   */
  private List<Node> creationOrder(ComponentGraph graph) {
    List<Node> order = new ArrayList<>(nodes.size());
    for (Object entry : creationOrder) {
      Node node =
          entry instanceof Node ? (Node) entry : linkedNode(graph, (BindingEdges.Located) entry);
      if (node != null && node.eager) {
        order.add(node);
      }
    }
    return order;
  }

  private static Node linkedNode(ComponentGraph graph, BindingEdges.Located link) {
    Binding<?> binding = link.binding();
    Injector injector = link.injector();
    for (int hops = 0; hops < 16 && binding instanceof LinkedKeyBinding; hops++) {
      BindingEdges.Located next =
          BindingEdges.locate(injector, ((LinkedKeyBinding<?>) binding).getLinkedKey());
      if (next == null || next.binding() == binding) {
        return null;
      }
      Node node = graph.nodeOf(next.binding());
      if (node != null) {
        return node;
      }
      binding = next.binding();
      injector = next.injector();
    }
    return null;
  }

  private void noteUserObject(Object instance) {
    try {
      if (LifecycleMethods.of(instance.getClass()).hasPostConstruct()) {
        userObjects.add(instance);
      }
    } catch (InvalidLifecycleMethodException e) {
      userObjects.add(instance); // the type listener reports it; never run it on the user's object
    }
  }

  private static boolean isEagerSingleton(Binding<?> binding) {
    return binding.acceptScopingVisitor(
        new BindingScopingVisitor<Boolean>() {
          @Override
          public Boolean visitEagerSingleton() {
            return true;
          }

          @Override
          public Boolean visitScope(Scope scope) {
            return false;
          }

          @Override
          public Boolean visitScopeAnnotation(Class<? extends Annotation> scopeAnnotation) {
            return false;
          }

          @Override
          public Boolean visitNoScoping() {
            return false;
          }
        });
  }
}
