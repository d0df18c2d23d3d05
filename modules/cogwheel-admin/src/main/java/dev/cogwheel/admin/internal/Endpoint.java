package dev.cogwheel.admin.internal;

import java.io.IOException;
import java.util.Map;

/** One path of the admin server: answers a {@code GET} (and the same {@code HEAD}). */
@FunctionalInterface
public interface Endpoint {

  /**
   * Answers a request.
   *
   * @param query the request's query parameters, decoded; the first value of each name
   * @throws IOException if the response could not be produced; the router answers 500
   */
  Response respond(Map<String, String> query) throws IOException;
}
