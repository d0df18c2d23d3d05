package dev.cogwheel;

import com.google.inject.Key;

/**
 * The readable name of a Guice key that Cogwheel uses in logs, metrics and messages, and that
 * {@link Component#name()} returns: the type and its qualifier, package names left out, quoted
 * qualifier values kept whole. Modules built on the container use it to name keys the same way.
 */
public final class KeyNames {
  private KeyNames() {}

  /**
   * Describes {@code key}, for example {@code ApiClient @Named("site")}, {@code
   * Set<LifecycleListener>} or {@code String @Primary}.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public static String describe(Key<?> key) {
    return dev.cogwheel.internal.KeyNames.describe(key);
  }
}
