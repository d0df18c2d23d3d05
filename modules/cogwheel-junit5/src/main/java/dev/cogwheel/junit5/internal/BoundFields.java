package dev.cogwheel.junit5.internal;

import com.google.inject.Binder;
import com.google.inject.Key;
import com.google.inject.Module;
import dev.cogwheel.Container;
import dev.cogwheel.KeyNames;
import dev.cogwheel.Tasks;
import dev.cogwheel.junit5.Bind;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The values of a test's {@link Bind} fields, as one module of instance bindings.
 *
 * <p>Fields are read outermost level first, superclass fields before subclass fields; a field of an
 * inner level replaces an outer level's binding of the same key.
 */
final class BoundFields {
  private static final List<Key<?>> CONTAINER_KEYS =
      List.of(Key.get(Container.class), Key.get(Tasks.class));

  private final Map<Key<?>, BoundField> fields;

  private BoundFields(Map<Key<?>, BoundField> fields) {
    this.fields = fields;
  }

  /**
   * Reads every {@code @Bind} field of {@code levels}.
   *
   * @param when when the fields are read, for messages, for example {@code "after the @BeforeEach
   *     methods"}
   * @throws ExtensionConfigurationException naming the field: {@code null}, an instance field
   *     without an instance, two qualifiers, a key bound by another field of the same level, or a
   *     key the container binds itself
   */
  static BoundFields read(List<TestLevel> levels, String when) {
    Map<Key<?>, BoundField> fields = new LinkedHashMap<>();
    for (TestLevel level : levels) {
      Map<Key<?>, Field> ofLevel = new HashMap<>();
      for (Field field : AnnotationSupport.findAnnotatedFields(level.testClass(), Bind.class)) {
        String where = "@Bind field " + name(field);
        Key<?> key = Keys.of(field.getGenericType(), field.getAnnotations(), where);
        if (CONTAINER_KEYS.contains(key)) {
          throw new ExtensionConfigurationException(
              where + " binds " + KeyNames.describe(key) + ", which the container binds itself");
        }
        Field other = ofLevel.put(key, field);
        if (other != null) {
          List<String> names = Stream.of(other, field).map(BoundFields::name).sorted().toList();
          throw new ExtensionConfigurationException(
              "@Bind fields "
                  + names.get(0)
                  + " and "
                  + names.get(1)
                  + " both bind "
                  + KeyNames.describe(key));
        }
        fields.put(key, new BoundField(field, key, value(field, level.instance(), where, when)));
      }
    }
    return new BoundFields(fields);
  }

  /** Whether there are no {@code @Bind} fields. */
  boolean isEmpty() {
    return fields.isEmpty();
  }

  /** A module that binds each field's key to the field's value. */
  Module module() {
    return binder -> {
      for (BoundField field : fields.values()) {
        field.bind(binder.withSource(field.field));
      }
    };
  }

  private static String name(Field field) {
    return field.getDeclaringClass().getName() + "." + field.getName();
  }

  private static Object value(Field field, Optional<Object> instance, String where, String when) {
    boolean isStatic = Modifier.isStatic(field.getModifiers());
    if (!isStatic && instance.isEmpty()) {
      throw new ExtensionConfigurationException(
          where
              + " is an instance field, but the container is built "
              + when
              + ", before there is an instance of "
              + field.getDeclaringClass().getSimpleName()
              + ": make the field static or annotate the class with"
              + " @TestInstance(TestInstance.Lifecycle.PER_CLASS)");
    }
    Object value;
    try {
      field.setAccessible(true);
      value = field.get(isStatic ? null : instance.get());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExtensionConfigurationException(where + " could not be read: " + e, e);
    }
    if (value == null) {
      throw new ExtensionConfigurationException(
          where + " is null when the container is built " + when + "; give it a value before then");
    }
    return value;
  }

  private record BoundField(Field field, Key<?> key, Object value) {
    @SuppressWarnings("unchecked")
    void bind(Binder binder) {
      binder.bind((Key<Object>) key).toInstance(value);
    }
  }
}
