package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Names;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How keys are named in logs, metrics and messages. */
class KeyNamesTest {
  @Test
  void typesLoseTheirPackages() {
    assertThat(KeyNames.describe(Key.get(String.class))).isEqualTo("String");
    assertThat(KeyNames.describe(Key.get(new TypeLiteral<Map<String, List<Integer>>>() {})))
        .isEqualTo("Map<String, List<Integer>>");
  }

  @Test
  void qualifiersKeepTheirValuesWhole() {
    assertThat(KeyNames.describe(Key.get(String.class, Names.named("eu.replica"))))
        .isEqualTo("String @Named(\"eu.replica\")");
  }

  @jakarta.inject.Qualifier
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface Primary {}

  @Test
  void qualifierTypesAreNamedSimply() {
    assertThat(KeyNames.describe(Key.get(String.class, Primary.class)))
        .isEqualTo("String @Primary");
  }
}
