package cloudscan.azure.collect;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpPipelinePosition;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Keeps each subscription's reads within Resource Manager's throttling limits on the client side: a
 * token bucket per subscription (Resource Manager's own model: a bucket of 250 reads refilled at 25
 * per second per subscription), so a scan of many resources waits a little instead of collecting
 * 429s. Requests that name no subscription (Resource Graph, Graph) share one tenant bucket. A 429
 * that still arrives is retried after its {@code Retry-After} by the retry policy.
 */
public final class SubscriptionThrottle implements HttpPipelinePolicy {

  private final double capacity;
  private final double perSecond;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public SubscriptionThrottle(double capacity, double perSecond) {
    this.capacity = capacity;
    this.perSecond = perSecond;
  }

  @Override
  public HttpPipelinePosition getPipelinePosition() {
    return HttpPipelinePosition.PER_CALL;
  }

  @Override
  public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
    Duration wait = reserve(context);
    return wait.isZero() ? next.process() : Mono.delay(wait).then(Mono.defer(next::process));
  }

  @Override
  public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
    Duration wait = reserve(context);
    if (!wait.isZero()) {
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while throttled", e);
      }
    }
    return next.processSync();
  }

  private Duration reserve(HttpPipelineCallContext context) {
    String key = subscriptionOf(context.getHttpRequest().getUrl().getPath());
    return buckets.computeIfAbsent(key, k -> new Bucket(capacity)).take(capacity, perSecond);
  }

  static String subscriptionOf(String path) {
    List<String> s = ReadOperations.segments(path);
    return s.size() > 1 && s.get(0).equalsIgnoreCase("subscriptions") ? s.get(1).toLowerCase(Locale.ROOT) : "";
  }

  /** Tokens available now; a request that finds none is delayed until its token has refilled. */
  private static final class Bucket {
    private double tokens;
    private long last = System.nanoTime();

    Bucket(double capacity) {
      this.tokens = capacity;
    }

    synchronized Duration take(double capacity, double perSecond) {
      long now = System.nanoTime();
      tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
      last = now;
      tokens -= 1;
      return tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) (-tokens / perSecond * 1e9));
    }
  }
}
