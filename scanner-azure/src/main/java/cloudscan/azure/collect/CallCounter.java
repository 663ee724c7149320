package cloudscan.azure.collect;

import cloudscan.azure.collect.ReadOperations.Operation;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpPipelinePosition;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import reactor.core.publisher.Mono;

/**
 * Counts HTTP requests actually sent, per operation ({@link ReadOperations} name), retries included
 * (it sits after the retry policy), refused requests excluded (the guard stops them first).
 */
public final class CallCounter implements HttpPipelinePolicy {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public HttpPipelinePosition getPipelinePosition() {
    return HttpPipelinePosition.PER_RETRY;
  }

  @Override
  public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
    count(context);
    return next.process();
  }

  @Override
  public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
    count(context);
    return next.processSync();
  }

  private void count(HttpPipelineCallContext context) {
    String key = context.getData(ReadOnlyGuard.OPERATION).map(o -> ((Operation) o).key()).orElse("?");
    counts.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  /** Calls so far, sorted by operation. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  public long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }
}
