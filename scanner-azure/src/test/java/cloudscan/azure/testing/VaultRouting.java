package cloudscan.azure.testing;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import reactor.core.publisher.Mono;

/**
 * Test transport: sends requests for {@code <vault>.vault.azure.net} to the local fake instead, with
 * the vault's name in a header (the fake tells vaults apart by it). The scanner's pipeline, guard
 * included, runs unchanged before it; only where the bytes go differs, as with a proxy.
 */
final class VaultRouting implements HttpClient {

  static final String VAULT = "X-Test-Vault";

  private final HttpClient next;
  private final String fake;
  private final String suffix;

  VaultRouting(HttpClient next, String fake, String suffix) {
    this.next = next;
    this.fake = fake;
    this.suffix = suffix;
  }

  @Override
  public Mono<HttpResponse> send(HttpRequest request) {
    return next.send(route(request));
  }

  @Override
  public Mono<HttpResponse> send(HttpRequest request, Context context) {
    return next.send(route(request), context);
  }

  @Override
  public HttpResponse sendSync(HttpRequest request, Context context) {
    return next.sendSync(route(request), context);
  }

  private HttpRequest route(HttpRequest request) {
    URL url = request.getUrl();
    String host = url.getHost().toLowerCase(Locale.ROOT);
    if (!host.endsWith(suffix)) {
      return request;
    }
    try {
      HttpRequest routed = request.copy();
      routed.setUrl(new URL(fake + url.getFile()));
      routed.setHeader(VAULT, host.substring(0, host.length() - suffix.length()));
      return routed;
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
