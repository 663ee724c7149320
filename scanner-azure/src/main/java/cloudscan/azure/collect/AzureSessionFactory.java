package cloudscan.azure.collect;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.Target;
import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Opens an {@link AzureSession}: the cloud and its endpoints, the credential, the subscriptions to
 * read, and the targets: one tenant (organization) target for Microsoft Entra and one account target
 * per subscription whose parent is the tenant. Options (from the CLI's Azure options):
 * {@code subscription} (comma-separated), {@code management-group}, {@code tenant}, {@code azure-auth},
 * {@code azure-cloud}, {@code azure-endpoint}, {@code graph-endpoint}, {@code max-attempts}.
 */
public final class AzureSessionFactory {

  private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

  private AzureSessionFactory() { }

  public static AzureSession open(ProviderConfig config) throws ProviderException {
    AzureCloud cloud;
    List<String> subscriptions;
    try {
      cloud = AzureCloud.of(config.option("azure-cloud").orElse("public"),
          config.option("azure-endpoint").map(java.net.URI::create).orElse(config.endpoint()),
          config.option("graph-endpoint").map(java.net.URI::create).orElse(null),
          config.option("keyvault-dns-suffix").orElse(null));
      subscriptions = guids("--subscription", config.option("subscription").orElse(""));
      config.option("tenant").ifPresent(t -> guids("--tenant", t));
    } catch (IllegalArgumentException e) {
      throw new ProviderException(e.getMessage(), e);
    }
    String mode = config.option("azure-auth").orElse("default");
    String tenant = config.option("tenant").orElse(null);
    TokenCredential credential;
    try {
      credential = Credentials.of(mode, tenant, cloud);
    } catch (IllegalArgumentException e) {
      throw new ProviderException(e.getMessage(), e);
    }
    AzureClients clients = AzureClients.builder().credential(credential).cloud(cloud).tenant(tenant)
        .connections(config.concurrency() * 2)
        .maxAttempts(config.option("max-attempts").map(Integer::parseInt).orElse(4)).build();
    Subscriptions.Plan plan = plan(clients, subscriptions, config.option("management-group").orElse(null), mode);
    clients.scanning(plan.subscriptions());
    return new AzureSession(clients, Identity.describe(credential, cloud, mode, plan.tenant()),
        targets(plan), plan.skipped(), AzureCollectors.all(clients));
  }

  private static Subscriptions.Plan plan(AzureClients clients, List<String> subscriptions, String group, String mode)
      throws ProviderException {
    Subscriptions.Plan plan;
    try {
      plan = Subscriptions.plan(clients, subscriptions, group);
    } catch (ClientAuthenticationException e) {
      throw new ProviderException("Azure sign-in failed (" + firstLine(e.getMessage()) + "). " + Credentials.hint(mode), e);
    } catch (HttpResponseException e) {
      throw new ProviderException("Cannot list subscriptions (" + AzureErrors.describe(e).message()
          + "). Grant the scanning identity Reader on the subscriptions or management group.", e);
    } catch (RuntimeException e) {
      throw new ProviderException("Azure sign-in failed (" + firstLine(String.valueOf(e.getMessage())) + "). "
          + Credentials.hint(mode), e);
    }
    if (plan.subscriptions().isEmpty()) {
      throw new ProviderException("The identity sees no enabled subscription" + (group == null ? "" : " below "
          + group) + ". Grant it Reader on the subscriptions (or a management group), or name them with --subscription.");
    }
    if (plan.tenant() == null) {
      throw new ProviderException("Cannot tell the tenant of the subscriptions: pass --tenant.");
    }
    return plan;
  }

  static List<Target> targets(Subscriptions.Plan plan) {
    List<Target> out = new ArrayList<>();
    out.add(new Target(new Scope(Cloud.AZURE, plan.tenant(), ResourceRef.GLOBAL), Scope.Level.ORGANIZATION, List.of()));
    for (String s : plan.subscriptions()) {
      out.add(new Target(new Scope(Cloud.AZURE, s, ResourceRef.GLOBAL), Scope.Level.ACCOUNT, List.of(plan.tenant())));
    }
    return out;
  }

  private static List<String> guids(String option, String csv) {
    List<String> out = Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String s : out) {
      if (!GUID.matcher(s).matches()) {
        throw new IllegalArgumentException(option + " '" + s + "' is not an ID (expected a GUID such as "
            + "00000000-0000-0000-0000-000000000000)");
      }
    }
    return out;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
