package cloudscan.gcp.collect;

import com.google.api.client.http.HttpBackOffUnsuccessfulResponseHandler;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpUnsuccessfulResponseHandler;
import com.google.api.client.util.ExponentialBackOff;
import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.StatusCode;
import java.time.Duration;
import java.util.Set;

/**
 * Retries with exponential backoff on 429 RESOURCE_EXHAUSTED and 503 UNAVAILABLE: for
 * google-http-client requests (API client, Storage, REST) and as the retry settings of every GAPIC
 * read.
 */
public final class Backoff {

  static final int ATTEMPTS = 6;
  /** Initial delay; tests lower it with the system property {@code cloudscan.gcp.backoffMillis}. */
  static final int INITIAL_MILLIS = Integer.getInteger("cloudscan.gcp.backoffMillis", 500);

  public static final Set<StatusCode.Code> RETRYABLE =
      Set.of(StatusCode.Code.RESOURCE_EXHAUSTED, StatusCode.Code.UNAVAILABLE);

  private Backoff() { }

  static void install(HttpRequest request) {
    ExponentialBackOff backoff = new ExponentialBackOff.Builder()
        .setInitialIntervalMillis(INITIAL_MILLIS).setMaxIntervalMillis(INITIAL_MILLIS * 32)
        .setMaxElapsedTimeMillis(INITIAL_MILLIS * 200).build();
    HttpBackOffUnsuccessfulResponseHandler retry = new HttpBackOffUnsuccessfulResponseHandler(backoff)
        .setBackOffRequired(r -> r.getStatusCode() == 429 || r.getStatusCode() == 503);
    HttpUnsuccessfulResponseHandler prior = request.getUnsuccessfulResponseHandler();
    request.setUnsuccessfulResponseHandler((req, res, supportsRetry) ->
        (prior != null && prior.handleResponse(req, res, supportsRetry))
            || retry.handleResponse(req, res, supportsRetry));
    request.setNumberOfRetries(ATTEMPTS - 1);
  }

  /** GAPIC retry settings: the same schedule. */
  public static RetrySettings settings() {
    return RetrySettings.newBuilder()
        .setInitialRetryDelayDuration(Duration.ofMillis(INITIAL_MILLIS))
        .setRetryDelayMultiplier(2.0)
        .setMaxRetryDelayDuration(Duration.ofMillis(INITIAL_MILLIS * 32L))
        .setMaxAttempts(ATTEMPTS)
        .setInitialRpcTimeoutDuration(Duration.ofSeconds(60))
        .setMaxRpcTimeoutDuration(Duration.ofSeconds(60))
        .setRpcTimeoutMultiplier(1.0)
        .setTotalTimeoutDuration(Duration.ofMinutes(5))
        .build();
  }
}
