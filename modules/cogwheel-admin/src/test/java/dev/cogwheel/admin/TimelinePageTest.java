package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogwheel.State;
import dev.cogwheel.admin.internal.TimelinePage;
import dev.cogwheel.admin.internal.TimelineRun;
import org.junit.jupiter.api.Test;

/** The page's text; what a browser makes of it is in {@link TimelinePictureTest}. */
class TimelinePageTest {
  private static String page(String container, String component) {
    Picture picture = new Picture();
    picture.start(component, "bot-start-1", 0, 10);
    return TimelinePage.html(
        new TimelineRun(container, State.RUNNING, picture.components(), null), false);
  }

  @Test
  void theContainersNameIsEscapedInTheTitle() {
    assertThat(page("<b>\"bot\" & 'co'</b>", "pool"))
        .contains(
            "<title>Timeline of &lt;b&gt;&quot;bot&quot; &amp; &#39;co&#39;&lt;/b&gt; &#8212; Cogwheel</title>");
  }

  @Test
  void thePageIsAllAscii() {
    assertThat(page("caf\u00e9 \ud83d\ude00", "na\u00efve"))
        .matches("\\p{ASCII}*")
        .contains("<title>Timeline of caf&#233; &#128512; &#8212; Cogwheel</title>", "na\\u00efve");
  }

  @Test
  void noNameCanCloseTheScriptItIsEmbeddedIn() {
    String html = page("</script><script>alert(1)</script>", "</script><!-- & \u2028");

    String data =
        html.substring(
            html.indexOf("<script type=\"application/json\""), html.indexOf("</script>") + 9);
    assertThat(data)
        .doesNotContain("</script><", "<!--", "&", "\u2028")
        .contains(
            "\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
            "\\u0026",
            "\\u2028");
  }

  @Test
  void thePageMayLoadNothingButItsOwnStyleAndScript() {
    assertThat(page("bot", "pool"))
        .containsPattern(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'sha256-[A-Za-z0-9+/]+={0,2}'; script-src 'sha256-[A-Za-z0-9+/]+={0,2}'; "
                + "connect-src 'self'; base-uri 'none'; form-action 'none'\">")
        .doesNotContain(" src=", " href=");
  }
}
