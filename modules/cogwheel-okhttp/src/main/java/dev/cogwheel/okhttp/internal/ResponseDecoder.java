package dev.cogwheel.okhttp.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogwheel.okhttp.ApiDecodingException;
import dev.cogwheel.okhttp.ApiException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Turns an answer into the value it carries, or into the exception that describes it. Never closes
 * the response: its caller does, on every path.
 */
public final class ResponseDecoder {
  private static final long EXCERPT_BYTES = 4L * ApiException.MAX_BODY_CHARS;

  private final ObjectMapper mapper;
  private final Redactor redactor;

  /**
   * @param mapper the JSON mapper
   * @param redactor what removes the token from excerpts and messages
   */
  public ResponseDecoder(ObjectMapper mapper, Redactor redactor) {
    this.mapper = mapper;
    this.redactor = redactor;
  }

  /**
   * The answers of {@code ApiClient}: a 2xx answer {@linkplain #decode decoded} as {@code type}, an
   * answer outside 2xx thrown as {@link #statusFailure ApiException}.
   */
  public <T> AnswerReader<T> bodyAs(JavaType type) {
    return new AnswerReader<>() {
      @Override
      @SuppressWarnings("unchecked") // Jackson decodes what type says
      public T success(Exchange<T> exchange, Response response) throws IOException {
        return (T) decode(exchange, type, response);
      }

      @Override
      public T failure(Exchange<T> exchange, Response response) {
        throw statusFailure(exchange, response);
      }
    };
  }

  /**
   * The value of a 2xx answer: null for {@code Void}, for 204 and 205, and for an empty body;
   * otherwise the body decoded as {@code type}.
   *
   * @throws ApiDecodingException if the body is not JSON of that type
   * @throws IOException if reading the body failed
   */
  public Object decode(Exchange<?> exchange, JavaType type, Response response) throws IOException {
    Class<?> raw = type.getRawClass();
    if (raw == Void.class
        || raw == void.class
        || response.code() == 204
        || response.code() == 205) {
      return null;
    }
    BufferedSource source = response.body().source();
    if (source.exhausted()) {
      return null;
    }
    try {
      return mapper.readValue(source.inputStream(), type);
    } catch (JsonProcessingException e) {
      throw decodingFailure(exchange, type, e);
    }
  }

  /** The exception for an answer outside 2xx, with an excerpt of its body. */
  public ApiException statusFailure(Exchange<?> exchange, Response response) {
    return new ApiException(
        response.code(),
        exchange.method(),
        exchange.url(),
        redactor.redact(excerpt(response.body())));
  }

  private static String excerpt(ResponseBody body) {
    try {
      BufferedSource source = body.source();
      boolean more = source.request(EXCERPT_BYTES + 1);
      long count = Math.min(source.getBuffer().size(), EXCERPT_BYTES);
      MediaType type = body.contentType();
      Charset charset =
          type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
      String text = source.getBuffer().readString(count, charset);
      return more ? text + "…" : text;
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private ApiDecodingException decodingFailure(
      Exchange<?> exchange, JavaType type, JsonProcessingException e) {
    StringBuilder message =
        new StringBuilder(exchange.toString())
            .append(" returned a body that is not valid JSON for ")
            .append(type.getRawClass().getSimpleName())
            .append(": ")
            .append(redactor.redact(e.getOriginalMessage()));
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message
          .append(" at line ")
          .append(location.getLineNr())
          .append(", column ")
          .append(location.getColumnNr());
    }
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      message
          .append(" (path: ")
          .append(redactor.redact(path((JsonMappingException) e)))
          .append(')');
    }
    return new ApiDecodingException(
        message.toString(), exchange.method(), exchange.url(), redactor.reveals(e) ? null : e);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
