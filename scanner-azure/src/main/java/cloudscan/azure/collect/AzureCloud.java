package cloudscan.azure.collect;

import com.azure.core.management.AzureEnvironment;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where one Azure cloud's APIs live: Resource Manager, Microsoft Graph, the sign-in authority and the
 * Key Vault data plane's DNS suffix, with the overrides {@code --azure-endpoint} (Resource Manager base
 * URL, as for Azure Stack Hub or a local fake), {@code --graph-endpoint} and
 * {@code --keyvault-dns-suffix}. With a custom Resource Manager endpoint and no suffix given, the
 * Key Vault data plane is unknown ({@code keyVaultSuffix} null) and never called.
 */
public record AzureCloud(String name, AzureEnvironment environment, URI arm, URI graph, String authority,
    String keyVaultSuffix) {

  /** The cloud named {@code public}, {@code china} or {@code usgov}, with optional endpoint overrides. */
  public static AzureCloud of(String name, URI armOverride, URI graphOverride) {
    return of(name, armOverride, graphOverride, null);
  }

  /** As {@link #of(String, URI, URI)}, with the Key Vault DNS suffix ({@code .vault.azure.net}) given. */
  public static AzureCloud of(String name, URI armOverride, URI graphOverride, String keyVaultSuffixOverride) {
    String n = name == null ? "public" : name.toLowerCase(Locale.ROOT);
    AzureEnvironment env;
    String graph;
    switch (n) {
      case "public" -> {
        env = AzureEnvironment.AZURE;
        graph = "https://graph.microsoft.com";
      }
      case "china" -> {
        env = AzureEnvironment.AZURE_CHINA;
        graph = "https://microsoftgraph.chinacloudapi.cn";
      }
      case "usgov" -> {
        env = AzureEnvironment.AZURE_US_GOVERNMENT;
        graph = "https://graph.microsoft.us";
      }
      default -> throw new IllegalArgumentException(
          "--azure-cloud '" + name + "' is not known (expected public, china or usgov)");
    }
    URI arm = armOverride != null ? armOverride : URI.create(env.getResourceManagerEndpoint());
    URI g = graphOverride != null ? graphOverride : URI.create(graph);
    requireHttps(arm, "--azure-endpoint");
    requireHttps(g, "--graph-endpoint");
    Map<String, String> endpoints = new HashMap<>(env.getEndpoints());
    endpoints.put("resourceManagerEndpointUrl", withSlash(arm));
    String suffix = keyVaultSuffixOverride != null ? keyVaultSuffixOverride
        : armOverride == null ? env.getKeyVaultDnsSuffix() : null;
    if (suffix != null && !suffix.startsWith(".")) {
      suffix = "." + suffix;
    }
    return new AzureCloud(n, new AzureEnvironment(endpoints), strip(arm), strip(g), env.getActiveDirectoryEndpoint(),
        suffix == null ? null : suffix.toLowerCase(Locale.ROOT));
  }

  /** The token scope of the Key Vault data plane in this cloud. */
  public String keyVaultScope() {
    return switch (name) {
      case "china" -> "https://vault.azure.cn/.default";
      case "usgov" -> "https://vault.usgovcloudapi.net/.default";
      default -> "https://vault.azure.net/.default";
    };
  }

  /** The token scope of Resource Manager in this cloud (a custom endpoint keeps its cloud's audience). */
  public String armScope() {
    return withSlash(URI.create(baseEnvironmentArm())) + ".default";
  }

  public String graphScope() {
    return withSlash(graph) + ".default";
  }

  private String baseEnvironmentArm() {
    return switch (name) {
      case "china" -> AzureEnvironment.AZURE_CHINA.getResourceManagerEndpoint();
      case "usgov" -> AzureEnvironment.AZURE_US_GOVERNMENT.getResourceManagerEndpoint();
      default -> AzureEnvironment.AZURE.getResourceManagerEndpoint();
    };
  }

  private static void requireHttps(URI uri, String option) {
    if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException(option + " must be an https:// URL (Azure sends bearer tokens only over "
          + "HTTPS): " + uri);
    }
  }

  private static String withSlash(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? s : s + "/";
  }

  private static URI strip(URI uri) {
    String s = uri.toString();
    return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }
}
