package cloudscan.gcp.collect;

import com.google.cloud.compute.v1.DisksClient;
import com.google.cloud.compute.v1.DisksSettings;
import com.google.cloud.compute.v1.FirewallPoliciesClient;
import com.google.cloud.compute.v1.FirewallPoliciesSettings;
import com.google.cloud.compute.v1.FirewallsClient;
import com.google.cloud.compute.v1.FirewallsSettings;
import com.google.cloud.compute.v1.InstancesClient;
import com.google.cloud.compute.v1.InstancesSettings;
import com.google.cloud.compute.v1.NetworkFirewallPoliciesClient;
import com.google.cloud.compute.v1.NetworkFirewallPoliciesSettings;
import com.google.cloud.compute.v1.NetworksClient;
import com.google.cloud.compute.v1.NetworksSettings;
import com.google.cloud.compute.v1.ResourcePoliciesClient;
import com.google.cloud.compute.v1.ResourcePoliciesSettings;
import com.google.cloud.compute.v1.SnapshotSettingsServiceClient;
import com.google.cloud.compute.v1.SnapshotSettingsServiceSettings;
import com.google.cloud.compute.v1.SnapshotsClient;
import com.google.cloud.compute.v1.SnapshotsSettings;
import com.google.cloud.compute.v1.SslCertificatesClient;
import com.google.cloud.compute.v1.SslCertificatesSettings;
import com.google.cloud.compute.v1.SslPoliciesClient;
import com.google.cloud.compute.v1.SslPoliciesSettings;
import com.google.cloud.compute.v1.SubnetworksClient;
import com.google.cloud.compute.v1.SubnetworksSettings;
import com.google.cloud.compute.v1.TargetHttpsProxiesClient;
import com.google.cloud.compute.v1.TargetHttpsProxiesSettings;
import com.google.cloud.compute.v1.TargetSslProxiesClient;
import com.google.cloud.compute.v1.TargetSslProxiesSettings;

/** Compute Engine clients (REST-only), each on the guarded HTTP/JSON channel with retries. */
public final class ComputeClients {

  private static final String API = "compute";
  private final GcpClients c;

  public ComputeClients(GcpClients clients) {
    this.c = clients;
  }

  public FirewallsClient firewalls() {
    return c.client(FirewallsClient.class, () -> Gapic.build(() -> FirewallsClient.create(
        FirewallsSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public NetworksClient networks() {
    return c.client(NetworksClient.class, () -> Gapic.build(() -> NetworksClient.create(
        NetworksSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public SubnetworksClient subnetworks() {
    return c.client(SubnetworksClient.class, () -> Gapic.build(() -> SubnetworksClient.create(
        SubnetworksSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public InstancesClient instances() {
    return c.client(InstancesClient.class, () -> Gapic.build(() -> InstancesClient.create(
        InstancesSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public SslPoliciesClient sslPolicies() {
    return c.client(SslPoliciesClient.class, () -> Gapic.build(() -> SslPoliciesClient.create(
        SslPoliciesSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public TargetHttpsProxiesClient httpsProxies() {
    return c.client(TargetHttpsProxiesClient.class, () -> Gapic.build(() -> TargetHttpsProxiesClient.create(
        TargetHttpsProxiesSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public TargetSslProxiesClient sslProxies() {
    return c.client(TargetSslProxiesClient.class, () -> Gapic.build(() -> TargetSslProxiesClient.create(
        TargetSslProxiesSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public SslCertificatesClient sslCertificates() {
    return c.client(SslCertificatesClient.class, () -> Gapic.build(() -> SslCertificatesClient.create(
        SslCertificatesSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public DisksClient disks() {
    return c.client(DisksClient.class, () -> Gapic.build(() -> DisksClient.create(
        DisksSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public SnapshotsClient snapshots() {
    return c.client(SnapshotsClient.class, () -> Gapic.build(() -> SnapshotsClient.create(
        SnapshotsSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  /** Hierarchical firewall policies (their associations with the organization and folders). */
  public FirewallPoliciesClient firewallPolicies() {
    return c.client(FirewallPoliciesClient.class, () -> Gapic.build(() -> FirewallPoliciesClient.create(
        FirewallPoliciesSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  /** Global and regional network firewall policies of a project. */
  public NetworkFirewallPoliciesClient networkFirewallPolicies() {
    return c.client(NetworkFirewallPoliciesClient.class, () -> Gapic.build(() -> NetworkFirewallPoliciesClient.create(
        NetworkFirewallPoliciesSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  /** Resource policies (snapshot schedules). */
  public ResourcePoliciesClient resourcePolicies() {
    return c.client(ResourcePoliciesClient.class, () -> Gapic.build(() -> ResourcePoliciesClient.create(
        ResourcePoliciesSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  /** A project's snapshot settings (where snapshots are stored by default). */
  public SnapshotSettingsServiceClient snapshotSettings() {
    return c.client(SnapshotSettingsServiceClient.class, () -> Gapic.build(() -> SnapshotSettingsServiceClient.create(
        SnapshotSettingsServiceSettings.newBuilder().setTransportChannelProvider(c.channel(API))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(API))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }
}
