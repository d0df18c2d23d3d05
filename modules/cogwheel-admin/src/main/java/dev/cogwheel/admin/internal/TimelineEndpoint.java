package dev.cogwheel.admin.internal;

import dev.cogwheel.Container;
import java.util.Map;

/**
 * {@code /lifecycle/timeline}: the {@linkplain TimelinePage timeline page} of the container's
 * current or last run; {@code ?format=json} gives the {@linkplain TimelineData document} the page
 * draws, which the page fetches every second while the container is starting or stopping.
 */
public final class TimelineEndpoint implements Endpoint {
  private final Container container;

  /** The timeline of {@code container}. */
  public TimelineEndpoint(Container container) {
    this.container = container;
  }

  @Override
  public Response respond(Map<String, String> query) {
    String format = query.getOrDefault("format", "html");
    switch (format) {
      case "html":
        return Response.text(
            200, TimelinePage.CONTENT_TYPE, TimelinePage.html(TimelineRun.of(container), true));
      case "json":
        return Response.json(200, TimelineData.of(TimelineRun.of(container), true));
      default:
        return Response.error(
            400,
            "unknown format '"
                + format
                + "' in /lifecycle/timeline?format="
                + format
                + "; use 'html' (the default) or 'json'");
    }
  }
}
