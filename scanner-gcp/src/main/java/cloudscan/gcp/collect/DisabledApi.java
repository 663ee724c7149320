package cloudscan.gcp.collect;

import cloudscan.core.provider.Target;
import java.util.Optional;

/**
 * "API not enabled" (SERVICE_DISABLED) where the API is off in the scanned project itself, as
 * opposed to the quota project of a user's credentials: the error body names the consumer
 * ({@code projects/NUMBER}), which is mapped to the project ID.
 */
public final class DisabledApi {

  private DisabledApi() { }

  /** The API (e.g. {@code sqladmin.googleapis.com}) that {@code error} says is off in {@code target}'s project. */
  public static Optional<String> inProject(Throwable error, GcpContext ctx, Target target) {
    return GcpErrors.body(error)
        .filter(GoogleError::serviceDisabled)
        .filter(e -> e.service() != null && e.consumer() != null)
        .filter(e -> ctx.projectId(e.consumer()).equals(target.account()))
        .map(GoogleError::service);
  }
}
