package cloudscan.aws.collect;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts HTTP requests actually sent, per {@code service:Operation} (retries included, refused
 * writes excluded). It also tags a failed call's exception with the operation name, so
 * {@link AwsErrors} can say which call failed.
 */
public final class CallCounter implements ExecutionInterceptor {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
    counts.computeIfAbsent(key(attributes), k -> new LongAdder()).increment();
  }

  @Override
  public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
    Throwable error = context.exception();
    if (FailedOperation.find(error).isEmpty()) {
      error.addSuppressed(new FailedOperation(key(attributes)));
    }
    return error;
  }

  /** Calls so far, sorted by {@code service:Operation}. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  public long total() {
    return counts.values().stream().mapToLong(LongAdder::sum).sum();
  }

  static String key(ExecutionAttributes attributes) {
    String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    return (service == null ? "?" : service.toLowerCase(Locale.ROOT)) + ":" + operation;
  }
}
