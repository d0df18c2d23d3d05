package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.spi.LinkedKeyBinding;
import java.util.List;

/**
 * One singleton of a run's {@link ComponentGraph}: a binding whose instance the container starts
 * and releases, whether or not it has been created yet.
 */
final class Node {
  final int index;
  final Key<?> key;
  final Binding<?> binding;
  final Injector owner;

  /** Whether the run creates it at start: every singleton in PRODUCTION, eager ones otherwise. */
  final boolean eager;

  /** Whether it is an object the user made and bound, which the container manages on request. */
  final boolean userObject;

  /** For a linked singleton, the key whose provision makes its instance; else null. */
  final Key<?> linkTarget;

  /** The keys its binding needs, read once. */
  final List<Key<?>> dependencyKeys;

  /** What must have started before it: injected dependencies and declared ones, no providers. */
  List<Node> startDependencies = List.of();

  /** What it depends on, {@code Provider<T>} edges included: released after it, and reported. */
  List<Node> dependencies = List.of();

  /**
   * What must start before it and be released after it without being a dependency: the components
   * that start first.
   */
  List<Node> orderedAfter = List.of();

  /**
   * The first unscoped link in Guice's binding order (explicit bindings first) that leads to it,
   * which provides its instance even where Guice refuses to hand out its just-in-time binding
   * because explicit bindings are required; or null.
   */
  Binding<?> linkedFrom;

  /** Set once, when its instance has started. */
  volatile ManagedComponent component;

  Node(int index, Binding<?> binding, Injector owner, boolean eager, boolean userObject) {
    this.index = index;
    this.key = binding.getKey();
    this.binding = binding;
    this.owner = owner;
    this.eager = eager;
    this.userObject = userObject;
    this.linkTarget =
        binding instanceof LinkedKeyBinding ? ((LinkedKeyBinding<?>) binding).getLinkedKey() : null;
    this.dependencyKeys = BindingEdges.dependencyKeys(binding);
  }

  @Override
  public String toString() {
    return KeyNames.describe(key);
  }
}
