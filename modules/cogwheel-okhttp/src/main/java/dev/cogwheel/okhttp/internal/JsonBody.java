package dev.cogwheel.okhttp.internal;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body of JSON bytes. A one-shot body tells OkHttp it must not transmit it twice, so that
 * OkHttp's own recovery never re-sends a request that is not idempotent once sending has started.
 */
final class JsonBody extends RequestBody {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final byte[] bytes;
  private final boolean oneShot;

  JsonBody(byte[] bytes, boolean oneShot) {
    this.bytes = bytes;
    this.oneShot = oneShot;
  }

  @Override
  public MediaType contentType() {
    return bytes.length == 0 ? null : JSON;
  }

  @Override
  public long contentLength() {
    return bytes.length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws java.io.IOException {
    sink.write(bytes);
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }
}
