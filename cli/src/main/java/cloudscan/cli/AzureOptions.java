package cloudscan.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The Azure options of {@code scan}, handed to the provider as provider options (multi-valued ones
 * comma-joined). The provider validates them (an unknown mode or a malformed ID exits 2).
 */
final class AzureOptions {

  @Option(names = "--subscription", paramLabel = "ID",
      description = "Azure: scan this subscription (repeatable). Default: every enabled one the identity can list.")
  List<String> subscriptions = new ArrayList<>();

  @Option(names = "--management-group", paramLabel = "ID",
      description = "Azure: scan every subscription below this management group.")
  String managementGroup;

  @Option(names = "--tenant", paramLabel = "ID", description = "Azure: the Microsoft Entra tenant to sign in to and scan.")
  String tenant;

  @Option(names = "--azure-auth", paramLabel = "MODE",
      description = "Azure credential: default (DefaultAzureCredential), cli (az login), env, managed-identity, "
          + "workload-identity. Default: default.")
  String auth;

  @Option(names = "--azure-cloud", paramLabel = "CLOUD", description = "Azure cloud: public, china or usgov. Default: public.")
  String cloud;

  @Option(names = "--azure-endpoint", paramLabel = "URL",
      description = "Azure Resource Manager base URL (Azure Stack Hub, a local fake). HTTPS only.")
  URI endpoint;

  @Option(names = "--graph-endpoint", paramLabel = "URL", description = "Microsoft Graph base URL. HTTPS only.")
  URI graphEndpoint;

  @Option(names = "--keyvault-dns-suffix", paramLabel = "SUFFIX",
      description = "Key Vault data-plane DNS suffix (Azure Stack Hub: vault.<region>.<domain>); with --azure-endpoint "
          + "and no suffix, Key Vault certificates are not read (a gap).")
  String keyVaultSuffix;

  /** Adds the options given to the provider options. */
  void putInto(Map<String, String> options) {
    if (!subscriptions.isEmpty()) {
      options.put("subscription", String.join(",", subscriptions));
    }
    put(options, "management-group", managementGroup);
    put(options, "tenant", tenant);
    put(options, "azure-auth", auth);
    put(options, "azure-cloud", cloud);
    put(options, "azure-endpoint", endpoint == null ? null : endpoint.toString());
    put(options, "graph-endpoint", graphEndpoint == null ? null : graphEndpoint.toString());
    put(options, "keyvault-dns-suffix", keyVaultSuffix);
  }

  private static void put(Map<String, String> options, String key, String value) {
    if (value != null) {
      options.put(key, value);
    }
  }
}
