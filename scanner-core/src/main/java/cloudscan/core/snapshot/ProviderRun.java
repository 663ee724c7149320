package cloudscan.core.snapshot;

import cloudscan.core.provider.SkippedLocation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evidence of one provider's collection: who looked, when, where (and for what), where not and
 * why, and how many API calls it took.
 */
public record ProviderRun(String provider, String identity, Instant startedAt, Instant finishedAt,
    List<ScannedScope> scopes, List<SkippedLocation> skipped, Map<String, Long> apiCalls) {

  public ProviderRun {
    scopes = List.copyOf(scopes);
    skipped = List.copyOf(skipped);
    apiCalls = java.util.Collections.unmodifiableMap(new TreeMap<>(apiCalls));
  }

  public long totalApiCalls() {
    return apiCalls.values().stream().mapToLong(Long::longValue).sum();
  }
}
