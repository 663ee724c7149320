package cloudscan.aws.collect;

import cloudscan.core.snapshot.GapKind;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * AWS adaptive retry, one instance per SDK client (its own token bucket and rate limiter: throttling
 * in IAM must not slow every region, and failed retries in one service must not stop retries in all
 * of them), that gives up at once on answers no retry can change: access denied, an operation the
 * endpoint does not implement, a disabled region.
 */
final class FailFastRetry implements RetryStrategy {

  private static final Set<GapKind> FINAL = Set.of(GapKind.ACCESS_DENIED, GapKind.UNSUPPORTED,
      GapKind.REGION_DISABLED);

  private final RetryStrategy delegate;

  private FailFastRetry(RetryStrategy delegate) {
    this.delegate = delegate;
  }

  /** A factory of fresh strategies: {@code attempts} per call (1 = no retry). */
  static Supplier<RetryStrategy> perClient(int attempts) {
    if (attempts <= 1) {
      return AwsRetryStrategy::doNotRetry;
    }
    return () -> new FailFastRetry(AwsRetryStrategy.forRetryMode(RetryMode.ADAPTIVE_V2).toBuilder()
        .maxAttempts(attempts).build());
  }

  @Override
  public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
    return delegate.acquireInitialToken(request);
  }

  @Override
  public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
    if (FINAL.contains(AwsErrors.describe(request.failure()).kind())) {
      throw new TokenAcquisitionFailedException("not retried: no retry changes this answer",
          request.token(), request.failure());
    }
    return delegate.refreshRetryToken(request);
  }

  @Override
  public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
    return delegate.recordSuccess(request);
  }

  @Override
  public int maxAttempts() {
    return delegate.maxAttempts();
  }

  @Override
  public boolean useClientDefaults() {
    return false;
  }

  @Override
  public Builder<?, ?> toBuilder() {
    return delegate.toBuilder();
  }
}
