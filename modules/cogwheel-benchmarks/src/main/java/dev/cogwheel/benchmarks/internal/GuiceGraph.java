package dev.cogwheel.benchmarks.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.name.Names;
import com.google.inject.spi.Dependency;
import com.google.inject.spi.ProviderWithDependencies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Guice module that binds every node of a {@link LayeredGraph} as a singleton {@link Node} under
 * {@code @Named("n<i>")}, without generating a class per node.
 *
 * <p>Each node is a provider binding whose provider declares its dependencies ({@link
 * ProviderWithDependencies}), so Guice's SPI, and therefore Cogwheel's dependency graph and stop
 * order, see every edge of the graph. Each injector built from the module gets fresh providers.
 */
public final class GuiceGraph extends AbstractModule {
  private final LayeredGraph graph;
  private final Census census;
  private final Duration startWait;

  /**
   * Nodes whose {@code @PostConstruct} does no more than its checks.
   *
   * @param graph the graph to bind
   * @param census where the nodes count their lifecycle
   */
  public GuiceGraph(LayeredGraph graph, Census census) {
    this(graph, census, Duration.ZERO);
  }

  /**
   * Nodes whose {@code @PostConstruct} waits {@code startWait}, standing for I/O.
   *
   * @param graph the graph to bind
   * @param census where the nodes count their lifecycle
   * @param startWait how long each node's {@code @PostConstruct} sleeps
   */
  public GuiceGraph(LayeredGraph graph, Census census, Duration startWait) {
    this.graph = graph;
    this.census = census;
    this.startWait = startWait;
  }

  /** The key node {@code node} is bound under. */
  public static Key<Node> key(int node) {
    return Key.get(Node.class, Names.named(LayeredGraph.name(node)));
  }

  @Override
  protected void configure() {
    for (int node = 0; node < graph.size(); node++) {
      bind(key(node))
          .toProvider(new NodeProvider(node, graph.dependenciesOf(node), census, startWait))
          .in(Singleton.class);
    }
  }

  /** Creates one node from the nodes it depends on, looked up by key. */
  private static final class NodeProvider implements ProviderWithDependencies<Node> {
    private final String name;
    private final Census census;
    private final Duration startWait;
    private final List<Key<Node>> dependencyKeys;
    private final Set<Dependency<?>> dependencies;
    private List<Provider<Node>> providers;

    NodeProvider(int node, int[] dependencyNodes, Census census, Duration startWait) {
      this.name = LayeredGraph.name(node);
      this.census = census;
      this.startWait = startWait;
      List<Key<Node>> keys = new ArrayList<>(dependencyNodes.length);
      List<Dependency<?>> deps = new ArrayList<>(dependencyNodes.length);
      for (int dependency : dependencyNodes) {
        Key<Node> key = key(dependency);
        keys.add(key);
        deps.add(Dependency.get(key));
      }
      this.dependencyKeys = List.copyOf(keys);
      this.dependencies = Set.copyOf(deps);
    }

    @Inject
    void resolve(Injector injector) {
      List<Provider<Node>> resolved = new ArrayList<>(dependencyKeys.size());
      for (Key<Node> key : dependencyKeys) {
        resolved.add(injector.getProvider(key));
      }
      providers = resolved;
    }

    @Override
    public Node get() {
      List<Node> nodes = new ArrayList<>(providers.size());
      for (Provider<Node> provider : providers) {
        nodes.add(provider.get());
      }
      return new Node(name, census, nodes, startWait);
    }

    @Override
    public Set<Dependency<?>> getDependencies() {
      return dependencies;
    }

    @Override
    public String toString() {
      return "NodeProvider[" + name + "]";
    }
  }
}
