package dev.cogwheel.junit5.internal;

import com.google.inject.BindingAnnotation;
import com.google.inject.ConfigurationException;
import com.google.inject.Key;
import jakarta.inject.Qualifier;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Guice keys for test fields and parameters: the declared type and its qualifier annotation. */
final class Keys {
  private Keys() {}

  /**
   * The key of {@code type} qualified by the one qualifier among {@code annotations}, if any.
   *
   * @param where the field or parameter, for messages
   * @throws ExtensionConfigurationException if there is more than one qualifier, or Guice cannot
   *     make a key of the type (a type variable, a wildcard)
   */
  static Key<?> of(Type type, Annotation[] annotations, String where) {
    List<Annotation> qualifiers = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (isQualifier(annotation.annotationType())) {
        qualifiers.add(annotation);
      }
    }
    if (qualifiers.size() > 1) {
      throw new ExtensionConfigurationException(
          where
              + " has "
              + qualifiers.size()
              + " qualifier annotations "
              + qualifiers
              + "; a key takes at most one");
    }
    try {
      return qualifiers.isEmpty() ? Key.get(type) : Key.get(type, qualifiers.get(0));
    } catch (ConfigurationException e) {
      throw new ExtensionConfigurationException(
          where
              + " has a type Guice cannot bind, "
              + type.getTypeName()
              + ": "
              + e.getErrorMessages(),
          e);
    }
  }

  private static boolean isQualifier(Class<? extends Annotation> type) {
    return type.isAnnotationPresent(Qualifier.class)
        || type.isAnnotationPresent(BindingAnnotation.class);
  }
}
