package cloudscan.gcp.collect;

import com.google.api.client.http.HttpExecuteInterceptor;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.gax.httpjson.ApiMethodDescriptor;
import com.google.api.gax.httpjson.HttpJsonCallOptions;
import com.google.api.gax.httpjson.HttpJsonChannel;
import com.google.api.gax.httpjson.HttpJsonClientCall;
import com.google.api.gax.httpjson.HttpJsonClientInterceptor;

/**
 * Refuses, before anything is sent, every call that is not on {@link ReadList}, and counts the
 * calls it lets through. Installed as an {@link HttpJsonClientInterceptor} on every GAPIC
 * HTTP/JSON channel (by method name) and, through {@link #initializer}, as the last
 * {@link HttpExecuteInterceptor} of every request of the API-client, Storage and REST transports
 * (by HTTP method and path, after authentication has been added).
 */
public final class ReadOnlyGuard implements HttpJsonClientInterceptor {

  private final CallCounter counter;

  public ReadOnlyGuard(CallCounter counter) {
    this.counter = counter;
  }

  @Override
  public <Q, R> HttpJsonClientCall<Q, R> interceptCall(ApiMethodDescriptor<Q, R> method,
      HttpJsonCallOptions options, HttpJsonChannel next) {
    Read read = ReadList.byMethod(method.getFullMethodName())
        .orElseThrow(() -> new ReadOnlyViolation(method.getFullMethodName()));
    counter.count(read);
    return next.newCall(method, options);
  }

  /** Wraps {@code delegate} (credentials, timeouts) so every request it builds is checked. */
  public HttpRequestInitializer initializer(HttpRequestInitializer delegate) {
    return request -> {
      if (delegate != null) {
        delegate.initialize(request);
      }
      HttpExecuteInterceptor prior = request.getInterceptor();
      request.setInterceptor(r -> {
        if (prior != null) {
          prior.intercept(r);
        }
        check(r);
      });
      Backoff.install(request);
    };
  }

  private void check(HttpRequest r) {
    String path = r.getUrl().getRawPath();
    Read read = ReadList.byRequest(r.getRequestMethod(), path)
        .orElseThrow(() -> new ReadOnlyViolation(r.getRequestMethod() + " " + path));
    counter.count(read);
  }
}
