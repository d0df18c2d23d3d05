package dev.cogwheel.internal;

/**
 * The rule for a container's name: letters, digits, {@code .}, {@code _} and {@code -}, at least
 * one. Checked character by character rather than with a regular expression, which a fresh JVM
 * would otherwise compile on its first container.
 */
public final class ContainerName {
  private ContainerName() {}

  /**
   * Returns {@code name} if it follows the rule.
   *
   * @throws IllegalArgumentException naming the name if it is null, empty or has another character
   */
  public static String check(String name) {
    if (name == null || name.isEmpty()) {
      throw invalid(name);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!allowed) {
        throw invalid(name);
      }
    }
    return name;
  }

  private static IllegalArgumentException invalid(String name) {
    return new IllegalArgumentException(
        "Container.name must be letters, digits, '.', '_' or '-', got '" + name + "'");
  }
}
