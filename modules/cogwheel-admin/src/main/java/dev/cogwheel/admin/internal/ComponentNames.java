package dev.cogwheel.admin.internal;

import com.google.inject.Key;
import dev.cogwheel.Component;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The components of one snapshot by key, to name a dependency as its component is named. */
final class ComponentNames {
  private final Map<Key<?>, Component> byKey = new HashMap<>();

  ComponentNames(List<Component> components) {
    components.forEach(c -> byKey.put(c.key(), c));
  }

  /** The component bound to {@code key}, or {@code null} if it is not in the snapshot. */
  Component get(Key<?> key) {
    return byKey.get(key);
  }

  /**
   * The name of the component bound to {@code key}; the key itself if it is not in the snapshot.
   */
  String name(Key<?> key) {
    Component component = byKey.get(key);
    return component != null ? component.name() : key.toString();
  }
}
