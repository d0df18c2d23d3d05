package dev.cogwheel.internal;

import com.google.inject.Key;
import java.util.regex.Pattern;

/** Readable names for keys in logs, metrics and messages: packages left out. */
public final class KeyNames {
  private static final Pattern PACKAGE_PREFIX =
      Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Za-z_$])");

  private KeyNames() {}

  /**
   * Describes {@code key} as its type and qualifier without package names, for example {@code
   * ApiClient @Named("site")} or {@code Set<LifecycleListener>}; {@link dev.cogwheel.KeyNames} is
   * the public entry point.
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

  /** Leaves out package names, but not from quoted values: {@code @Named("eu.replica")} stays. */
  static String stripPackages(String name) {
    StringBuilder out = new StringBuilder(name.length());
    int from = 0;
    while (from < name.length()) {
      int quote = name.indexOf('"', from);
      int end = quote < 0 ? name.length() : quote;
      out.append(PACKAGE_PREFIX.matcher(name.substring(from, end)).replaceAll(""));
      if (quote < 0) {
        break;
      }
      int close = closingQuote(name, quote + 1);
      out.append(name, quote, close);
      from = close;
    }
    return out.toString();
  }

  private static int closingQuote(String name, int from) {
    for (int i = from; i < name.length(); i++) {
      if (name.charAt(i) == '\\') {
        i++;
      } else if (name.charAt(i) == '"') {
        return i + 1;
      }
    }
    return name.length();
  }
}
