package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import dev.cogwheel.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A bad base URL fails the container's start, naming the setting and the value. */
class StartupTest {

  private static StartupException startFailure(ApiModule module) {
    Container container = Container.builder().name(Running.NAME).modules(module).build();
    StartupException e = catchThrowableOfType(StartupException.class, container::start);
    assertThat(container.state()).isEqualTo(State.FAILED);
    assertThat(Running.threadsBesidesOkHttpShared(container)).isEmpty();
    return e;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.com/",
        "example.com/api",
        "/api/v1",
        "",
        "http://",
        "http:example.com",
        "https://api.example.com/v1?key=1",
        "https://api.example.com/#top",
        "https://user:secret@api.example.com/"
      })
  void aBaseUrlThatIsNotAnAbsoluteHttpUrlFailsTheStart(String baseUrl) {
    StartupException e =
        startFailure(new ApiModule(ApiSettings.builder().baseUrl(baseUrl).build()));

    assertThat(e.component()).contains(Key.get(ApiClient.class));
    assertThat(e.getCause())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ApiSettings.baseUrl must be an absolute http or https URL without user info, query or"
                + " fragment, got '"
                + baseUrl
                + "' (ApiClient)");
    assertThat(e.getMessage()).contains("ApiSettings.baseUrl").contains("'" + baseUrl + "'");
  }

  @ParameterizedTest
  @NullSource
  void aMissingBaseUrlFailsTheStart(String baseUrl) {
    StartupException e =
        startFailure(ApiModule.named("site", ApiSettings.builder().baseUrl(baseUrl).build()));

    assertThat(e.component()).contains(Key.get(ApiClient.class, Names.named("site")));
    assertThat(e.getCause())
        .hasMessage(
            "ApiSettings.baseUrl must be an absolute http or https URL without user info, query or"
                + " fragment, got null (ApiClient 'site')");
  }

  @Test
  void aBaseUrlWithoutATrailingSlashGetsOne() {
    try (Container container =
        Container.start(
            new ApiModule(ApiSettings.builder().baseUrl("https://api.example.com/v1").build()))) {
      assertThat(container.getInstance(ApiClient.class).baseUrl())
          .isEqualTo("https://api.example.com/v1/");
    }
  }
}
