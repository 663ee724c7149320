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
import java.util.regex.Pattern;

/**
 * The GCP options of a scan, validated. Keys in {@link ProviderConfig#options()} (multi-valued
 * ones comma-joined): {@code project}, {@code folder}, {@code organization}, {@code quota-project},
 * {@code impersonate-service-account}, {@code access-token-file}, {@code endpoint},
 * {@code endpoint-override} ({@code SERVICE=URL,...}), {@code allowed-domains}.
 *
 * @param impersonate the service accounts to act as, as gcloud takes them: the last is the one
 *                    acted as, those before it the delegation chain; empty for none
 */
public record GcpSettings(List<String> projects, Optional<String> folder, Optional<String> organization,
    Optional<String> quotaProject, List<String> impersonate, Optional<Path> tokenFile,
    Optional<URI> endpoint, Map<String, URI> overrides, List<String> allowedDomains, int concurrency) {

  /**
   * API names accepted by {@code --gcp-endpoint-override} (the host prefix of each API);
   * {@code iamcredentials} is where {@code --impersonate-service-account} exchanges its token.
   */
  public static final Set<String> APIS = Set.of("cloudresourcemanager", "cloudasset", "orgpolicy", "compute",
      "cloudkms", "storage", "logging", "iam", "sqladmin", "securitycenter", "backupdr", "osconfig",
      "certificatemanager", "securitycentermanagement", "iamcredentials");

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  public static GcpSettings of(ProviderConfig config) throws ProviderException {
    Optional<URI> endpoint = endpoint(config);
    Map<String, URI> overrides = new LinkedHashMap<>();
    for (String pair : list(config, "endpoint-override")) {
      int eq = pair.indexOf('=');
      String api = eq < 0 ? "" : pair.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      if (!APIS.contains(api)) {
        throw new ProviderException("--gcp-endpoint-override '" + pair + "': expected SERVICE=URL with SERVICE one of "
            + String.join(", ", APIS.stream().sorted().toList()));
      }
      overrides.put(api, EndpointUrl.parse("--gcp-endpoint-override " + api, pair.substring(eq + 1).trim()));
    }
    List<String> projects = list(config, "project");
    for (String p : projects) {
      projectId("--project", p);
    }
    Optional<String> folder = numeric(config, "folder", "folders/");
    Optional<String> org = numeric(config, "organization", "organizations/");
    Optional<Path> token = config.option("access-token-file").map(Path::of);
    if (token.isPresent() && !token.get().toFile().isFile()) {
      throw new ProviderException("--gcp-access-token-file " + token.get() + ": no such file");
    }
    Optional<String> quota = config.option("quota-project").map(String::trim);
    if (quota.isPresent()) {
      projectId("--quota-project", quota.get());
    }
    List<String> impersonate = list(config, "impersonate-service-account");
    for (String email : impersonate) {
      if (!EMAIL.matcher(email).matches()) {
        throw new ProviderException("--impersonate-service-account '" + email + "' is not an email address: expected "
            + "a service account (e.g. scanner@city-audit.iam.gserviceaccount.com), or a comma-separated delegation "
            + "chain of them ending with the one to act as");
      }
    }
    return new GcpSettings(projects, folder, org, quota, impersonate, token, endpoint, Map.copyOf(overrides),
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

  private static void projectId(String option, String id) throws ProviderException {
    if (!isProjectId(id)) {
      throw new ProviderException(option + " '" + id + "' is not a project ID: 6 to 30 lower-case letters, digits "
          + "or hyphens, starting with a letter and not ending with a hyphen (e.g. city-prod-123)");
    }
  }

  private static final Pattern PROJECT_ID =
      Pattern.compile("(?:[a-z0-9][-a-z0-9.]*[a-z0-9]:)?[a-z][-a-z0-9]{4,28}[a-z0-9]");

  /** Where calls to {@code api} go: its override, the common endpoint, or Google's. */
  public String baseUrl(String api) {
    return configuredUrl(api).orElse("https://" + api + ".googleapis.com");
  }

  /** The base URL the options send {@code api} to ({@code scheme://host[:port]}); empty for Google's own. */
  public Optional<String> configuredUrl(String api) {
    return Optional.ofNullable(overrides.getOrDefault(api, endpoint.orElse(null))).map(URI::toString);
  }

  private static List<String> list(ProviderConfig config, String key) {
    return config.option(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  /** {@code --gcp-endpoint}, else the common {@code --endpoint-url}, held to the same rules. */
  private static Optional<URI> endpoint(ProviderConfig config) throws ProviderException {
    if (config.option("endpoint").isPresent()) {
      return Optional.of(EndpointUrl.parse("--gcp-endpoint", config.option("endpoint").get()));
    }
    if (config.endpointOverride().isPresent()) {
      return Optional.of(EndpointUrl.parse("--endpoint-url", config.endpointOverride().get().toString()));
    }
    return Optional.empty();
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
