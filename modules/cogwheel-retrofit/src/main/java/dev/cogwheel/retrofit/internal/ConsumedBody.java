package dev.cogwheel.retrofit.internal;

import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * What stands for the body in {@code Response.raw()} once the body has been read into the
 * response's value or error body, as Retrofit does: its type and length, nothing to read.
 */
final class ConsumedBody extends ResponseBody {
  private final MediaType contentType;
  private final long contentLength;

  ConsumedBody(MediaType contentType, long contentLength) {
    this.contentType = contentType;
    this.contentLength = contentLength;
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() {
    return contentLength;
  }

  /**
   * @throws IllegalStateException always: the body has been read
   */
  @Override
  public BufferedSource source() {
    throw new IllegalStateException(
        "The raw response's body has been read: use Response.body() or Response.errorBody()");
  }
}
