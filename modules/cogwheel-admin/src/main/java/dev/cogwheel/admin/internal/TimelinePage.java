package dev.cogwheel.admin.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The timeline as one self-contained HTML page: the {@linkplain TimelineData document} embedded as
 * JSON, drawn by an inline script into inline SVG. The page loads nothing: its content security
 * policy allows only its own style and script (by hash) and, for a live page, requests to where it
 * was served.
 *
 * <p>The page is all ASCII. Nothing of the run is written into the HTML as markup: the container's
 * name in the title is HTML-escaped, and the document is JSON with every {@code <}, {@code >} and
 * {@code &} escaped, so no key or name can close the script element; the script puts names into the
 * page as text only.
 */
public final class TimelinePage {
  /** The media type of the page. */
  public static final String CONTENT_TYPE = "text/html; charset=utf-8";

  private static final String STYLE = resource("timeline.css");
  private static final String SCRIPT = resource("timeline.js");
  private static final String BODY = resource("timeline.html");
  private static final String POLICY =
      "default-src 'none'; style-src '"
          + sha256(STYLE)
          + "'; script-src '"
          + sha256(SCRIPT)
          + "'; connect-src 'self'; base-uri 'none'; form-action 'none'";

  private TimelinePage() {}

  /**
   * The page of {@code run}.
   *
   * @param live whether the page fetches newer documents from where it was served while the
   *     container is starting or stopping
   */
  public static String html(TimelineRun run, boolean live) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + POLICY
        + "\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>Timeline of "
        + escapeHtml(run.container())
        + " &#8212; Cogwheel</title>\n"
        + "<style>"
        + STYLE
        + "</style>\n</head>\n<body>\n"
        + BODY
        + "<script type=\"application/json\" id=\"timeline-data\">"
        + scriptJson(TimelineData.of(run, live))
        + "</script>\n"
        + "<script>"
        + SCRIPT
        + "</script>\n</body>\n</html>\n";
  }

  /**
   * {@code text} with every character that means something in HTML, and every non-ASCII one,
   * escaped.
   */
  static String escapeHtml(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                  if (c > '~') {
                    escaped.append("&#").append(c).append(';');
                  } else {
                    escaped.appendCodePoint(c);
                  }
                }
              }
            });
    return escaped.toString();
  }

  /**
   * The JSON of {@code document}, safe inside a script element and all ASCII: every {@code <},
   * {@code >}, {@code &} and non-ASCII character is a {@code \\u} escape, which JSON allows in its
   * strings, the only place such characters can be.
   */
  static String scriptJson(ObjectNode document) {
    String json = new String(Json.bytes(document), StandardCharsets.UTF_8);
    StringBuilder escaped = new StringBuilder(json.length());
    for (char c : json.toCharArray()) {
      if (c == '<' || c == '>' || c == '&' || c > '~') {
        escaped.append(String.format("\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String resource(String name) {
    try (InputStream in = TimelinePage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the timeline page's resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the timeline page's resource " + name + " cannot be read", e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
