package cloudscan.azure.collect;

import cloudscan.azure.collect.authorization.RoleAssignmentCollector;
import cloudscan.azure.collect.backup.DataProtectionCollector;
import cloudscan.azure.collect.backup.RecoveryServicesCollector;
import cloudscan.azure.collect.compute.ComputeCollector;
import cloudscan.azure.collect.compute.DiskCollector;
import cloudscan.azure.collect.cosmos.CosmosCollector;
import cloudscan.azure.collect.entra.EntraCollector;
import cloudscan.azure.collect.frontdoor.FrontDoorCollector;
import cloudscan.azure.collect.keyvault.KeyVaultCertificateCollector;
import cloudscan.azure.collect.keyvault.KeyVaultCollector;
import cloudscan.azure.collect.keyvault.ManagedHsmCollector;
import cloudscan.azure.collect.monitor.ActivityLogCollector;
import cloudscan.azure.collect.monitor.LogAnalyticsCollector;
import cloudscan.azure.collect.network.ApplicationGatewayCollector;
import cloudscan.azure.collect.network.AzureFirewallCollector;
import cloudscan.azure.collect.network.FlowLogCollector;
import cloudscan.azure.collect.network.NetworkSecurityCollector;
import cloudscan.azure.collect.policy.LocationPolicyCollector;
import cloudscan.azure.collect.resourcegraph.ResourceGraphCollector;
import cloudscan.azure.collect.security.DefenderCollector;
import cloudscan.azure.collect.sql.SqlCollector;
import cloudscan.azure.collect.storage.StorageCollector;
import cloudscan.azure.collect.updates.PatchAssessmentCollector;
import cloudscan.azure.collect.web.AppServiceCollector;
import cloudscan.core.provider.Collector;
import java.util.List;

/** The explicit list of Azure collectors (no classpath scanning): add a new one here. */
public final class AzureCollectors {

  private AzureCollectors() { }

  public static List<Collector> all(AzureClients clients) {
    return List.of(
        new ResourceGraphCollector(clients),
        new NetworkSecurityCollector(clients),
        new FlowLogCollector(clients),
        new AzureFirewallCollector(clients),
        new ComputeCollector(clients),
        new DiskCollector(clients),
        new KeyVaultCollector(clients),
        new ManagedHsmCollector(clients),
        new KeyVaultCertificateCollector(clients),
        new StorageCollector(clients),
        new SqlCollector(clients),
        new AppServiceCollector(clients),
        new ApplicationGatewayCollector(clients),
        new FrontDoorCollector(clients),
        new CosmosCollector(clients),
        new ActivityLogCollector(clients),
        new LogAnalyticsCollector(clients),
        new DefenderCollector(clients),
        new PatchAssessmentCollector(clients, java.time.Clock.systemUTC()),
        new RecoveryServicesCollector(clients),
        new DataProtectionCollector(clients),
        new RoleAssignmentCollector(clients),
        new LocationPolicyCollector(clients),
        new EntraCollector(clients));
  }
}
