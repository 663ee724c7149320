package cloudscan.core.fact;

import java.util.Locale;
import java.util.Set;

/**
 * What a provider-named address set ({@link Peer.Tag}) reaches. A tag is judged by what it names:
 * Azure {@code Internet} and {@code AzureCloud} (every Azure customer, so anyone with a credit
 * card) are the internet; {@code VirtualNetwork} and {@code AzureLoadBalancer} are inside the
 * customer's network; a named provider service ({@code GatewayManager}, an AWS-managed prefix
 * list such as the CloudFront origin-facing list) restricts traffic to that service. A name this
 * table does not know is {@link Reach#UNKNOWN}: never assumed closed.
 */
public final class ProviderTags {

  /** How far a peer reaches. */
  public enum Reach {
    /** Anyone on the internet. */
    INTERNET,
    /** Only a service the provider runs (CloudFront, Azure Gateway Manager…). */
    PROVIDER_SERVICE,
    /** Only the customer's own networks or machines. */
    INTERNAL,
    /** Not known to cloudscan: verdicts that depend on it are UNKNOWN. */
    UNKNOWN
  }

  private static final Set<String> AZURE_INTERNET = Set.of("internet", "azurecloud", "*", "any");
  private static final Set<String> AZURE_INTERNAL = Set.of("virtualnetwork", "azureloadbalancer");
  /**
   * Azure service tags naming one Microsoft service (a regional suffix such as .JapanEast is allowed),
   * and {@code AzureTrustedServices}: the "trusted Microsoft services" firewall bypass of storage
   * accounts and Key Vaults, which admits only Microsoft's listed first-party services (still
   * authenticated by Entra ID and authorised by RBAC or access policies), never the internet.
   */
  private static final Set<String> AZURE_SERVICES = Set.of("azuretrustedservices",
      "gatewaymanager", "azuretrafficmanager", "azurefrontdoor.backend", "azurefrontdoor.firstparty",
      "azurefrontdoor.frontend", "azuremonitor", "storage", "sql", "azureactivedirectory",
      "azurekeyvault", "eventhub", "servicebus", "appservice", "appservicemanagement",
      "azurecosmosdb", "apimanagement", "azurebackup", "azurecontainerregistry",
      "batchnodemanagement", "azuremachinelearning", "azurebotservice", "azuresiterecovery",
      "azureconnectors", "logicapps", "powerbi", "datafactory", "hdinsight", "azuredevops",
      "azureupdatedelivery", "guestandhybridmanagement", "azureportal", "azureresourcemanager",
      "azuredatabricks", "azurespringcloud", "azurecognitivesearch", "cognitiveservicesmanagement",
      "microsoftcontainerregistry", "azureplatformdns", "azureplatformimds", "azureplatformlkm");

  private ProviderTags() { }

  public static Reach judge(Cloud cloud, String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return switch (cloud) {
      case AZURE -> azure(n);
      case AWS -> n.startsWith("com.amazonaws.") ? Reach.PROVIDER_SERVICE : Reach.UNKNOWN;
      case GCP -> gcp(n);
    };
  }

  private static Reach azure(String n) {
    String base = n.contains(".") && !n.startsWith("azurefrontdoor.") ? n.substring(0, n.indexOf('.')) : n;
    if (AZURE_INTERNET.contains(base)) {
      return Reach.INTERNET; // AzureCloud.JapanEast: every Azure customer in Japan East
    }
    if (AZURE_INTERNAL.contains(base)) {
      return Reach.INTERNAL;
    }
    return AZURE_SERVICES.contains(n) || AZURE_SERVICES.contains(base) ? Reach.PROVIDER_SERVICE : Reach.UNKNOWN;
  }

  /**
   * GCP firewall policy sources: {@code geo:JP} (srcRegionCodes) is a whole country, so the
   * internet; {@code iplist-public-clouds} is every public cloud's addresses, so the internet.
   */
  private static Reach gcp(String n) {
    if (n.startsWith("geo:") || n.startsWith("iplist-public-clouds")) {
      return Reach.INTERNET;
    }
    return Reach.UNKNOWN;
  }
}
