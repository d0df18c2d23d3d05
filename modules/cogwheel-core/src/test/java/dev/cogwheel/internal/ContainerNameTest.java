package dev.cogwheel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContainerNameTest {

  @Test
  void acceptsLettersDigitsDotsUnderscoresAndHyphens() {
    assertThat(ContainerName.check("Bot_2.prod-eu")).isEqualTo("Bot_2.prod-eu");
  }

  @Test
  void rejectsAnyOtherCharacterNamingTheName() {
    assertThatThrownBy(() -> ContainerName.check("bot/1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Container.name must be letters, digits, '.', '_' or '-', got 'bot/1'");
    assertThatThrownBy(() -> ContainerName.check("bö"))
        .hasMessage("Container.name must be letters, digits, '.', '_' or '-', got 'bö'");
  }

  @Test
  void rejectsAnEmptyOrMissingName() {
    assertThatThrownBy(() -> ContainerName.check(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Container.name must be letters, digits, '.', '_' or '-', got ''");
    assertThatThrownBy(() -> ContainerName.check(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Container.name must be letters, digits, '.', '_' or '-', got 'null'");
  }
}
