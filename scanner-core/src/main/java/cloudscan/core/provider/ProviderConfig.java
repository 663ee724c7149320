package cloudscan.core.provider;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user asked for. Options common to clouds are typed; the rest are provider options
 * ({@code --option key=value}) each provider documents and validates itself.
 *
 * @param locations   regions/locations to scan; empty means every enabled one
 * @param endpoint    an endpoint override (emulators, VPC endpoints), as {@code --endpoint-url}
 * @param concurrency upper bound of concurrent API calls
 * @param options     provider-specific: profile, role-arn, external-id, org-role…
 */
public record ProviderConfig(List<String> locations, URI endpoint, int concurrency,
    Map<String, String> options) {

  public ProviderConfig {
    locations = List.copyOf(locations);
    options = Map.copyOf(options);
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
  }

  public Optional<String> option(String key) {
    return Optional.ofNullable(options.get(key)).filter(v -> !v.isBlank());
  }

  public Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpoint);
  }
}
