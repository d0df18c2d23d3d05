package dev.cogwheel.okhttp.internal;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body built elsewhere (by Retrofit's converter, say), marked one-shot so that OkHttp's
 * own recovery never sends a request that is not idempotent twice, as {@link JsonBody} does for the
 * client's own bodies.
 */
final class OneShotBody extends RequestBody {
  private final RequestBody body;

  OneShotBody(RequestBody body) {
    this.body = body;
  }

  @Override
  public MediaType contentType() {
    return body.contentType();
  }

  @Override
  public long contentLength() throws IOException {
    return body.contentLength();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    body.writeTo(sink);
  }

  @Override
  public boolean isOneShot() {
    return true;
  }
}
