package cloudscan.azure.collect;

import cloudscan.azure.collect.ReadOperations.Operation;
import cloudscan.azure.collect.ReadOperations.Plane;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpPipelinePosition;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.net.URL;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Refuses every request that is not exactly on {@link ReadOperations} for its plane and host, first
 * in the pipeline (per call, before retries, authentication and the HTTP client): a refused request
 * is never sent, not even once. It also refuses the management SDK's own writes, such as the provider
 * registration its default pipeline attempts on 409 MissingSubscriptionRegistration. The matched
 * operation is left in the call context for {@link CallCounter}.
 */
public final class ReadOnlyGuard implements HttpPipelinePolicy {

  /** Context key under which the matched {@link Operation} travels. */
  public static final String OPERATION = "cloudscan.operation";

  private final Plane plane;
  private final String host;
  private final boolean suffix;
  private final Set<String> refused = ConcurrentHashMap.newKeySet();

  /** A guard for the one host of {@code plane}. */
  public ReadOnlyGuard(Plane plane, String host) {
    this(plane, host, false);
  }

  /**
   * A guard for {@code plane} on {@code host}, or on every host ending with it when {@code suffix}
   * (Key Vault: {@code .vault.azure.net}); a null host admits nothing.
   */
  public ReadOnlyGuard(Plane plane, String host, boolean suffix) {
    this.plane = plane;
    this.host = host == null ? null : host.toLowerCase(Locale.ROOT);
    this.suffix = suffix;
  }

  @Override
  public HttpPipelinePosition getPipelinePosition() {
    return HttpPipelinePosition.PER_CALL;
  }

  @Override
  public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
    try {
      admit(context);
    } catch (ReadOnlyViolation v) {
      return Mono.error(v);
    }
    return next.process();
  }

  @Override
  public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
    admit(context);
    return next.processSync();
  }

  /** Requests refused so far, as {@code METHOD path} (for tests and the debug log). */
  public Set<String> refused() {
    return Set.copyOf(refused);
  }

  private void admit(HttpPipelineCallContext context) {
    String method = context.getHttpRequest().getHttpMethod().name();
    URL url = context.getHttpRequest().getUrl();
    String h = url.getHost().toLowerCase(Locale.ROOT);
    boolean hostOk = host != null && (suffix ? h.endsWith(host) && h.length() > host.length() : h.equals(host));
    Optional<Operation> op = hostOk ? ReadOperations.find(plane, method, url.getPath()) : Optional.empty();
    if (op.isEmpty()) {
      refused.add(method + " " + url.getHost() + url.getPath());
      throw new ReadOnlyViolation(method, url.getHost() + url.getPath());
    }
    context.setData(OPERATION, op.get());
  }
}
