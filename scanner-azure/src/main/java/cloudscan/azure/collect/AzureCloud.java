package cloudscan.azure.collect;

import com.azure.core.management.AzureEnvironment;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where one Azure cloud's APIs live: Resource Manager, Microsoft Graph and the sign-in authority,
 * with the overrides {@code --azure-endpoint} (Resource Manager base URL, as for Azure Stack Hub or a
 * local fake) and {@code --graph-endpoint}.
 */
public record AzureCloud(String name, AzureEnvironment environment, URI arm, URI graph, String authority) {

  /** The cloud named {@code public}, {@code china} or {@code usgov}, with optional endpoint overrides. */
  public static AzureCloud of(String name, URI armOverride, URI graphOverride) {
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
    return new AzureCloud(n, new AzureEnvironment(endpoints), strip(arm), strip(g), env.getActiveDirectoryEndpoint());
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
