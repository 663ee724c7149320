package cloudscan.gcp.collect;

import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.gcp.collect.asset.AssetCollector;
import cloudscan.gcp.collect.backupdr.BackupPlanCollector;
import cloudscan.gcp.collect.backupdr.BackupVaultCollector;
import cloudscan.gcp.collect.certificatemanager.CertificateManagerCollector;
import cloudscan.gcp.collect.compute.CertificateCollector;
import cloudscan.gcp.collect.compute.DiskCollector;
import cloudscan.gcp.collect.compute.SnapshotScheduleCollector;
import cloudscan.gcp.collect.compute.TlsCollector;
import cloudscan.gcp.collect.iam.ServiceAccountKeyCollector;
import cloudscan.gcp.collect.sqladmin.CloudSqlCollector;
import cloudscan.gcp.collect.compute.FirewallCollector;
import cloudscan.gcp.collect.compute.InstanceCollector;
import cloudscan.gcp.collect.compute.NetworkCollector;
import cloudscan.gcp.collect.iam.IamPolicyCollector;
import cloudscan.gcp.collect.kms.KmsCollector;
import cloudscan.gcp.collect.logging.LoggingCollector;
import cloudscan.gcp.collect.orgpolicy.IdentityPolicyCollector;
import cloudscan.gcp.collect.orgpolicy.OrgPolicyCollector;
import cloudscan.gcp.collect.osconfig.VulnerabilityReportCollector;
import cloudscan.gcp.collect.resourcemanager.ProjectCollector;
import cloudscan.gcp.collect.securitycenter.SccCollector;
import cloudscan.gcp.collect.storage.StorageCollector;
import java.util.List;

/** The explicit list of GCP collectors (no classpath scanning): add a new one here. */
public final class GcpCollectors {

  private GcpCollectors() { }

  public static List<Collector> all(GcpContext ctx) {
    return List.of(
        new ProjectCollector(),
        new IamPolicyCollector(ctx, Scope.Level.ACCOUNT),
        new IamPolicyCollector(ctx, Scope.Level.ORGANIZATION),
        new AssetCollector(ctx),
        new OrgPolicyCollector(ctx),
        new IdentityPolicyCollector(ctx),
        compute(ctx, new FirewallCollector(ctx)),
        compute(ctx, new NetworkCollector(ctx)),
        compute(ctx, new InstanceCollector(ctx)),
        new AbsentWhereDisabled(new KmsCollector(ctx), ctx, "cloudkms.googleapis.com"),
        new StorageCollector(ctx),
        new LoggingCollector(ctx, Scope.Level.ACCOUNT),
        new LoggingCollector(ctx, Scope.Level.ORGANIZATION),
        compute(ctx, new TlsCollector(ctx)),
        compute(ctx, new CertificateCollector(ctx)),
        new AbsentWhereDisabled(new CertificateManagerCollector(ctx), ctx, "certificatemanager.googleapis.com"),
        compute(ctx, new DiskCollector(ctx)),
        compute(ctx, new SnapshotScheduleCollector(ctx)),
        new AbsentWhereDisabled(new CloudSqlCollector(ctx), ctx, "sqladmin.googleapis.com"),
        new AbsentWhereDisabled(new BackupVaultCollector(ctx), ctx, "backupdr.googleapis.com"),
        new AbsentWhereDisabled(new BackupPlanCollector(ctx), ctx, "backupdr.googleapis.com"),
        new AbsentWhereDisabled(new ServiceAccountKeyCollector(ctx), ctx, "iam.googleapis.com"),
        // reads the project's instances first: without Compute there is nothing to scan
        compute(ctx, new VulnerabilityReportCollector(ctx)),
        new SccCollector(ctx, Scope.Level.ACCOUNT),
        new SccCollector(ctx, Scope.Level.ORGANIZATION));
  }

  /** A Compute Engine collector: a project without the Compute API and without its resources has none. */
  private static Collector compute(GcpContext ctx, Collector c) {
    return new AbsentWhereDisabled(c, ctx, "compute.googleapis.com");
  }
}
