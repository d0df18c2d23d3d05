package dev.cogwheel.admin.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an endpoint answers: a status, a content type, a body and any extra headers. Immutable. */
public final class Response {
  /** The content type of every JSON response. */
  public static final String JSON = "application/json";

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers;

  private Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  /** A response with {@code body}, which the caller hands over and must not change. */
  public static Response of(int status, String contentType, byte[] body) {
    return new Response(status, contentType, body, Map.of());
  }

  /** A response with a text body, encoded as UTF-8. */
  public static Response text(int status, String contentType, String body) {
    return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON response. */
  public static Response json(int status, ObjectNode body) {
    return of(status, JSON, Json.bytes(body));
  }

  /** A JSON error: {@code {"error": message}}. */
  public static Response error(int status, String message) {
    return json(status, Json.object().put("error", message));
  }

  /** This response with one more header. */
  public Response withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Response(status, contentType, body, more);
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The value of the {@code Content-Type} header. */
  public String contentType() {
    return contentType;
  }

  /** The body; not a copy. */
  byte[] body() {
    return body;
  }

  /** Headers besides {@code Content-Type}. */
  Map<String, String> headers() {
    return headers;
  }
}
