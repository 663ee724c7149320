package cloudscan.gcp.collect;

import com.google.cloud.asset.v1.AssetServiceClient;
import com.google.cloud.asset.v1.AssetServiceSettings;
import com.google.cloud.backupdr.v1.BackupDRClient;
import com.google.cloud.backupdr.v1.BackupDRSettings;
import com.google.cloud.certificatemanager.v1.CertificateManagerClient;
import com.google.cloud.certificatemanager.v1.CertificateManagerSettings;
import com.google.cloud.kms.v1.KeyManagementServiceClient;
import com.google.cloud.kms.v1.KeyManagementServiceSettings;
import com.google.cloud.orgpolicy.v2.OrgPolicyClient;
import com.google.cloud.orgpolicy.v2.OrgPolicySettings;
import com.google.cloud.osconfig.v1.OsConfigZonalServiceClient;
import com.google.cloud.osconfig.v1.OsConfigZonalServiceSettings;
import com.google.cloud.resourcemanager.v3.FoldersClient;
import com.google.cloud.resourcemanager.v3.FoldersSettings;
import com.google.cloud.resourcemanager.v3.OrganizationsClient;
import com.google.cloud.resourcemanager.v3.OrganizationsSettings;
import com.google.cloud.resourcemanager.v3.ProjectsClient;
import com.google.cloud.resourcemanager.v3.ProjectsSettings;
import com.google.cloud.securitycenter.v2.SecurityCenterClient;
import com.google.cloud.securitycenter.v2.SecurityCenterSettings;
import com.google.cloud.securitycentermanagement.v1.SecurityCenterManagementClient;
import com.google.cloud.securitycentermanagement.v1.SecurityCenterManagementSettings;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Builds the GAPIC clients that offer HTTP/JSON ({@code newHttpJsonBuilder()}), each on the
 * guarded channel with the retry settings. Compute Engine clients are REST-only and built in
 * {@link ComputeClients}.
 */
public final class Gapic {

  private final GcpClients c;

  public Gapic(GcpClients clients) {
    this.c = clients;
  }

  public ProjectsClient projects() {
    return c.client(ProjectsClient.class, () -> build(() -> ProjectsClient.create(
        ProjectsSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel(RM))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(RM))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public FoldersClient folders() {
    return c.client(FoldersClient.class, () -> build(() -> FoldersClient.create(
        FoldersSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel(RM))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(RM))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public OrganizationsClient organizations() {
    return c.client(OrganizationsClient.class, () -> build(() -> OrganizationsClient.create(
        OrganizationsSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel(RM))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(RM))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public AssetServiceClient asset() {
    return c.client(AssetServiceClient.class, () -> build(() -> AssetServiceClient.create(
        AssetServiceSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel("cloudasset"))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint("cloudasset"))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public OrgPolicyClient orgPolicy() {
    return c.client(OrgPolicyClient.class, () -> build(() -> OrgPolicyClient.create(
        OrgPolicySettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel("orgpolicy"))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint("orgpolicy"))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public KeyManagementServiceClient kms() {
    return c.client(KeyManagementServiceClient.class, () -> build(() -> KeyManagementServiceClient.create(
        KeyManagementServiceSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel("cloudkms"))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint("cloudkms"))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public SecurityCenterClient securityCenter() {
    return c.client(SecurityCenterClient.class, () -> build(() -> SecurityCenterClient.create(
        SecurityCenterSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel("securitycenter"))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint("securitycenter"))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public SecurityCenterManagementClient securityCenterManagement() {
    return c.client(SecurityCenterManagementClient.class, () -> build(() -> SecurityCenterManagementClient.create(
        SecurityCenterManagementSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel(SCM))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint(SCM))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public BackupDRClient backupDr() {
    return c.client(BackupDRClient.class, () -> build(() -> BackupDRClient.create(
        BackupDRSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel("backupdr"))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint("backupdr"))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }


  public OsConfigZonalServiceClient osConfigZonal() {
    return c.client(OsConfigZonalServiceClient.class, () -> build(() -> OsConfigZonalServiceClient.create(
        OsConfigZonalServiceSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel("osconfig"))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint("osconfig"))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  public CertificateManagerClient certificateManager() {
    return c.client(CertificateManagerClient.class, () -> build(() -> CertificateManagerClient.create(
        CertificateManagerSettings.newHttpJsonBuilder().setTransportChannelProvider(c.channel("certificatemanager"))
            .setCredentialsProvider(c.credentialsProvider()).setEndpoint(c.endpoint("certificatemanager"))
            .applyToAllUnaryMethods(GcpClients::retry).build())));
  }

  private static final String RM = "cloudresourcemanager";
  private static final String SCM = "securitycentermanagement";

  /** A client factory that may throw IOException (settings it cannot use). */
  interface Factory<T> {
    T create() throws IOException;
  }

  static <T> T build(Factory<T> f) {
    try {
      return f.create();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build a Google client: " + e.getMessage(), e);
    }
  }
}
