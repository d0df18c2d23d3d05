package dev.cogwheel.internal;

import com.google.inject.Key;
import java.util.regex.Pattern;

/** Readable names for keys in logs, metrics and messages: packages left out. */
public final class KeyNames {
  private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Za-z_$])");

  private KeyNames() {}

  /**
   * Describes {@code key} as its type and qualifier without package names, for example {@code
   * ApiClient @Named(value="site")} or {@code Set<LifecycleListener>}.
   */
  public static String describe(Key<?> key) {
    String type = stripPackages(key.getTypeLiteral().toString());
    if (key.getAnnotation() != null) {
      return type + " " + stripPackages(key.getAnnotation().toString());
    }
    if (key.getAnnotationType() != null) {
      return type + " @" + key.getAnnotationType().getSimpleName();
    }
    return type;
  }

  static String stripPackages(String name) {
    return PACKAGE_PREFIX.matcher(name).replaceAll("");
  }
}
