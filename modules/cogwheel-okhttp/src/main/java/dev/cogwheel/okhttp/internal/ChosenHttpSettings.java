package dev.cogwheel.okhttp.internal;

import dev.cogwheel.okhttp.HttpSettings;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Set;

/**
 * Provides the one {@link HttpSettings} of the connector and the session: the defaults, or the
 * settings that every {@code HttpModule} given settings was given. Modules with equal settings are
 * equal, so Guice installs one of them; modules given different settings are refused with both
 * settings and where each module was made, rather than with Guice's report of a key bound twice.
 */
public final class ChosenHttpSettings implements Provider<HttpSettings> {
  private final Set<HttpSettingsChoice> choices;

  @Inject
  ChosenHttpSettings(Set<HttpSettingsChoice> choices) {
    this.choices = choices;
  }

  /**
   * The chosen settings.
   *
   * @throws IllegalArgumentException if modules were given different settings
   */
  @Override
  public HttpSettings get() {
    HttpSettings chosen = null;
    for (HttpSettingsChoice choice : choices) {
      if (chosen == null) {
        chosen = choice.settings();
      } else if (!chosen.equals(choice.settings())) {
        throw conflict();
      }
    }
    return chosen == null ? HttpSettings.defaults() : chosen;
  }

  private IllegalArgumentException conflict() {
    StringBuilder message =
        new StringBuilder(choices.size() == 2 ? "Two" : String.valueOf(choices.size()))
            .append(" HttpModules were given different settings, and the session has one:")
            .append(" install one HttpModule with settings (new HttpModule() beside it, and")
            .append(" modules with equal settings, are harmless)");
    for (HttpSettingsChoice choice : choices) {
      message.append("\n  ").append(choice.settings()).append(" from ").append(choice.madeAt());
    }
    return new IllegalArgumentException(message.toString());
  }
}
