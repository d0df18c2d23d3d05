package dev.cogwheel.benchmarks.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The shape of a generated dependency graph: {@code size} nodes in layers of equal width, each node
 * past the first layer depending on {@value #FAN_IN} nodes of the layer before it, so that every
 * node of an inner layer has {@value #FAN_IN} dependents too (fan-in and fan-out).
 *
 * <p>The width is the ceiling of the square root of the size unless given: 10 nodes make layers of
 * 4, 4 and 2; 1,000 nodes make 32 layers of 32 (the last one of 8); a width of 1 makes a chain.
 * Node {@code i} depends on the nodes at positions {@code p, p + 1, p + 2} (modulo the width) of
 * the previous layer, where {@code p} is its own position in its layer. The graph is the same every
 * time for the same size and width.
 */
public final class LayeredGraph {
  /**
   * How many dependencies each node past the first layer has (fewer only if a layer is narrower).
   */
  public static final int FAN_IN = 3;

  private final int width;
  private final int[][] dependencies;

  private LayeredGraph(int size, int width) {
    this.width = width;
    this.dependencies = new int[size][];
    for (int node = 0; node < size; node++) {
      dependencies[node] = dependenciesOf(node, width);
    }
  }

  /**
   * The graph of {@code size} nodes.
   *
   * @throws IllegalArgumentException if {@code size} is less than 1
   */
  public static LayeredGraph of(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a LayeredGraph needs at least 1 node, got size " + size);
    }
    return new LayeredGraph(size, (int) Math.ceil(Math.sqrt(size)));
  }

  /**
   * The graph of {@code size} nodes in layers of {@code width}.
   *
   * @throws IllegalArgumentException if {@code size} or {@code width} is less than 1
   */
  public static LayeredGraph of(int size, int width) {
    if (size < 1 || width < 1) {
      throw new IllegalArgumentException(
          "a LayeredGraph needs at least 1 node in layers of at least 1, got size "
              + size
              + " and width "
              + width);
    }
    return new LayeredGraph(size, width);
  }

  private static int[] dependenciesOf(int node, int width) {
    int layer = node / width;
    if (layer == 0) {
      return new int[0];
    }
    int position = node % width;
    int first = (layer - 1) * width;
    return IntStream.range(0, Math.min(FAN_IN, width))
        .map(k -> first + (position + k) % width)
        .toArray();
  }

  /** The number of nodes. */
  public int size() {
    return dependencies.length;
  }

  /** The number of nodes in each layer (the last layer may have fewer). */
  public int width() {
    return width;
  }

  /** The number of layers. */
  public int layers() {
    return (dependencies.length + width - 1) / width;
  }

  /** The name of node {@code node}: {@code n<node>}, the same in Guice, Cogwheel and Spring. */
  public static String name(int node) {
    return "n" + node;
  }

  /**
   * The nodes that node {@code node} depends on, all in the layer before its own, in ascending
   * position order starting from its own position.
   *
   * @throws IndexOutOfBoundsException if {@code node} is not in {@code [0, size())}
   */
  public int[] dependenciesOf(int node) {
    return dependencies[node].clone();
  }

  /** The number of edges (dependencies) in the graph. */
  public int edges() {
    return Arrays.stream(dependencies).mapToInt(d -> d.length).sum();
  }

  @Override
  public String toString() {
    return "LayeredGraph["
        + size()
        + " nodes in "
        + layers()
        + " layers of "
        + width
        + ", "
        + edges()
        + " edges]";
  }
}
