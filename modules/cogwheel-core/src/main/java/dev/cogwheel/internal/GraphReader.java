package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.spi.Element;
import com.google.inject.spi.ExposedBinding;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.LinkedKeyBinding;
import com.google.inject.spi.ProviderInstanceBinding;
import com.google.inject.spi.ProvisionListener;
import com.google.inject.spi.ProvisionListenerBinding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a run's {@link ComponentGraph} from its injector, once, after Guice has made every binding
 * and before the first singleton is created: the singletons (every one in {@link Stage#PRODUCTION},
 * the eager ones marked as such), the objects the user bound, the edges, and what modules declared
 * with {@code LifecycleBinder}.
 */
public final class GraphReader {
  private final Injector root;
  private final Stage stage;
  private final List<Node> nodes = new ArrayList<>();
  private final Set<Object> userObjects = ComponentGraph.identitySet();
  private final Map<Binding<?>, Injector> owners = new IdentityHashMap<>();
  private final Declarations declarations = new Declarations();
  private boolean linkedSingletons;

  /**
   * Guice's order of eager creation: nodes, and unscoped links to singletons, which Guice creates
   * eagerly too.
   */
  private final List<Object> creationOrder = new ArrayList<>();

  private GraphReader(Injector root, Stage stage) {
    this.root = root;
    this.stage = stage;
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
    List<BindingEdges.Level> levels = BindingEdges.levels(root);
    for (BindingEdges.Level level : levels) {
      for (Element element : level.elements()) {
        if (element instanceof ProvisionListenerBinding) {
          for (ProvisionListener listener : ((ProvisionListenerBinding) element).getListeners()) {
            if (listener instanceof LifecycleDeclaration) {
              declarations.add(
                  (LifecycleDeclaration) listener, element.getSource(), level.injector());
            }
          }
        }
      }
    }
    for (BindingEdges.Level level : levels) {
      for (Element element : level.elements()) {
        if (element instanceof Binding && !(element instanceof ExposedBinding)) {
          visit((Binding<?>) element, level.injector());
        }
      }
    }
    Map<Key<?>, Node> exclusiveLinks = linkedSingletons ? exclusiveLinks(levels) : Map.of();
    ComponentGraph graph = new ComponentGraph(root, nodes, exclusiveLinks, userObjects, owners);
    graph.creationOrder(creationOrder(graph));
    GraphEdges edges = new GraphEdges(graph, declarations.dependsOn());
    if (!declarations.isEmpty()) {
      declarations.checkBound();
    }
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
              stage == Stage.PRODUCTION || Scoping.isEagerSingleton(binding),
              false);
      nodes.add(node);
      creationOrder.add(node);
      linkedSingletons |= node.linkTarget != null;
    } else if (binding instanceof LinkedKeyBinding) {
      creationOrder.add(new BindingEdges.Located(binding, owner));
    }
  }

  /**
   * The linked singletons by their target's key, for the targets that no other binding depends on:
   * a provision of such a target makes the linked singleton's instance.
   */
  private Map<Key<?>, Node> exclusiveLinks(List<BindingEdges.Level> levels) {
    Map<Key<?>, Integer> dependents = new HashMap<>();
    for (BindingEdges.Level level : levels) {
      for (Element element : level.elements()) {
        if (element instanceof Binding && !(element instanceof ExposedBinding)) {
          for (Key<?> key : BindingEdges.dependencyKeys((Binding<?>) element)) {
            dependents.merge(BindingEdges.target(key), 1, Integer::sum);
          }
        }
      }
    }
    Map<Key<?>, Node> exclusive = new HashMap<>();
    for (Node node : nodes) {
      if (node.linkTarget != null && dependents.getOrDefault(node.linkTarget, 0) == 1) {
        exclusive.put(node.linkTarget, node);
      }
    }
    return exclusive;
  }

  /**
   * The eager nodes in the order Guice would create them: each node at its binding, and at an
   * unscoped link, the eager node it leads to (Guice creates that one early, through the link).
   */
  private List<Node> creationOrder(ComponentGraph graph) {
    List<Node> order = new ArrayList<>(nodes.size());
    for (Object entry : creationOrder) {
      Node node;
      if (entry instanceof Node) {
        node = (Node) entry;
      } else {
        BindingEdges.Located link = (BindingEdges.Located) entry;
        node = linkedNode(graph, link);
        if (node != null && node.linkedFrom == null) {
          node.linkedFrom = link.binding();
        }
      }
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
}
