package cloudscan.gcp.collect;

import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The GCP options of a scan, validated. Keys in {@link ProviderConfig#options()} (multi-valued
 * ones comma-joined): {@code project}, {@code folder}, {@code organization}, {@code quota-project},
 * {@code impersonate-service-account}, {@code access-token-file}, {@code endpoint},
 * {@code endpoint-override} ({@code SERVICE=URL,...}), {@code allowed-domains}.
 */
public record GcpSettings(List<String> projects, Optional<String> folder, Optional<String> organization,
    Optional<String> quotaProject, Optional<String> impersonate, Optional<Path> tokenFile,
    Optional<URI> endpoint, Map<String, URI> overrides, List<String> allowedDomains, int concurrency) {

  /** API names accepted by {@code --gcp-endpoint-override} (the host prefix of each API). */
  public static final Set<String> APIS = Set.of("cloudresourcemanager", "cloudasset", "orgpolicy", "compute",
      "cloudkms", "storage", "logging", "iam", "sqladmin", "securitycenter", "backupdr", "osconfig",
      "certificatemanager", "securitycentermanagement");

  public static GcpSettings of(ProviderConfig config) throws ProviderException {
    Optional<URI> endpoint = config.option("endpoint").isPresent()
        ? Optional.of(url("--gcp-endpoint", config.option("endpoint").get()))
        : config.endpointOverride();
    Map<String, URI> overrides = new LinkedHashMap<>();
    for (String pair : list(config, "endpoint-override")) {
      int eq = pair.indexOf('=');
      String api = eq < 0 ? "" : pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      if (!APIS.contains(api)) {
        throw new ProviderException("--gcp-endpoint-override '" + pair + "': expected SERVICE=URL with SERVICE one of "
            + String.join(", ", APIS.stream().sorted().toList()));
      }
      overrides.put(api, url("--gcp-endpoint-override " + api, pair.substring(eq + 1).trim()));
    }
    List<String> projects = list(config, "project");
    for (String p : projects) {
      if (!isProjectId(p)) {
        throw new ProviderException("--project '" + p + "' is not a project ID: 6 to 30 lower-case letters, digits "
            + "or hyphens, starting with a letter and not ending with a hyphen (e.g. city-prod-123)");
      }
    }
    Optional<String> folder = numeric(config, "folder", "folders/");
    Optional<String> org = numeric(config, "organization", "organizations/");
    Optional<Path> token = config.option("access-token-file").map(Path::of);
    if (token.isPresent() && !token.get().toFile().isFile()) {
      throw new ProviderException("--gcp-access-token-file " + token.get() + ": no such file");
    }
    return new GcpSettings(projects, folder, org, config.option("quota-project"),
        config.option("impersonate-service-account"), token, endpoint, Map.copyOf(overrides),
        list(config, "allowed-domains"), config.concurrency());
  }

  /**
   * A project ID as Google allows it: 6 to 30 lower-case letters, digits and hyphens, starting with
   * a letter and not ending with a hyphen; legacy domain-scoped IDs ({@code example.com:my-project})
   * carry such an ID after their domain.
   */
  public static boolean isProjectId(String id) {
    return PROJECT_ID.matcher(id).matches();
  }

  private static final java.util.regex.Pattern PROJECT_ID =
      java.util.regex.Pattern.compile("(?:[a-z0-9][-a-z0-9.]*[a-z0-9]:)?[a-z][-a-z0-9]{4,28}[a-z0-9]");

  /** Where calls to {@code api} go: its override, the common endpoint, or Google's. */
  public String baseUrl(String api) {
    URI u = overrides.getOrDefault(api, endpoint.orElse(null));
    if (u == null) {
      return "https://" + api + ".googleapis.com";
    }
    String s = u.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static List<String> list(ProviderConfig config, String key) {
    return config.option(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  private static URI url(String option, String text) throws ProviderException {
    try {
      URI u = URI.create(text);
      if (u.getScheme() == null || !Set.of("http", "https").contains(u.getScheme()) || u.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new ProviderException(option + " '" + text + "' is not a URL (expected e.g. https://host:443)");
    }
  }

  private static Optional<String> numeric(ProviderConfig config, String key, String prefix) throws ProviderException {
    Optional<String> value = config.option(key);
    if (value.isEmpty()) {
      return value;
    }
    String v = value.get().trim();
    String id = v.startsWith(prefix) ? v.substring(prefix.length()) : v;
    if (!id.matches("\\d{1,20}")) {
      throw new ProviderException("--" + key + " '" + v + "' is not a numeric ID (e.g. 123456789012)");
    }
    return Optional.of(prefix + id);
  }
}
