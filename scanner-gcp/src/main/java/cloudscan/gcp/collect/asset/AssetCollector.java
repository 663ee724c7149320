package cloudscan.gcp.collect.asset;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.asset.v1.ResourceSearchResult;
import com.google.cloud.asset.v1.SearchAllResourcesRequest;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cloud Asset inventory of a project → {@link Located} (inventory) for every resource type the
 * per-service collectors do not locate themselves: one {@code Located} per resource, and the
 * service's own reading wins (Asset says {@code ASIA} for a configurable dual-region bucket whose
 * data is in Japan). Asset names projects by number; facts use the project ID. When the Asset API
 * is not enabled, the gap says so and the per-service collectors still locate their own types.
 * An answering Asset API is also the project's configuration recording ({@link SecurityService}).
 */
public final class AssetCollector implements Collector {

  /** Types located by their own collectors (storage, kms, compute, logging, sql, backupdr). */
  static final Set<String> LOCATED_ELSEWHERE = Set.of("storage.googleapis.com/Bucket",
      "cloudkms.googleapis.com/CryptoKey", "cloudkms.googleapis.com/CryptoKeyVersion",
      "compute.googleapis.com/Instance", "logging.googleapis.com/LogBucket", "sqladmin.googleapis.com/Instance",
      "backupdr.googleapis.com/BackupVault", "compute.googleapis.com/Disk", "compute.googleapis.com/Snapshot");

  /**
   * Configuration that holds no data (networks, firewall rules, routes, identities, policies): not
   * located, so residency is judged on what holds data. Any type not named here is located.
   */
  static final Set<String> HOLDS_NO_DATA = Set.of("compute.googleapis.com/Network", "compute.googleapis.com/Firewall",
      "compute.googleapis.com/Route", "compute.googleapis.com/Subnetwork", "compute.googleapis.com/Router",
      "compute.googleapis.com/SslPolicy", "compute.googleapis.com/FirewallPolicy", "iam.googleapis.com/ServiceAccount",
      "iam.googleapis.com/ServiceAccountKey", "iam.googleapis.com/Role", "cloudresourcemanager.googleapis.com/Project",
      "cloudresourcemanager.googleapis.com/Folder", "cloudresourcemanager.googleapis.com/Organization",
      "serviceusage.googleapis.com/Service", "logging.googleapis.com/LogSink", "logging.googleapis.com/LogMetric",
      "cloudkms.googleapis.com/KeyRing", "orgpolicy.googleapis.com/Policy",
      // load-balancing and fleet configuration: rules about traffic and instances, no data of their own
      "compute.googleapis.com/UrlMap", "compute.googleapis.com/RegionUrlMap", "compute.googleapis.com/HealthCheck",
      "compute.googleapis.com/RegionHealthCheck", "compute.googleapis.com/HttpHealthCheck",
      "compute.googleapis.com/HttpsHealthCheck", "compute.googleapis.com/InstanceTemplate",
      "compute.googleapis.com/RegionInstanceTemplate", "compute.googleapis.com/Autoscaler",
      "compute.googleapis.com/RegionAutoscaler", "compute.googleapis.com/InstanceGroupManager",
      "compute.googleapis.com/RegionInstanceGroupManager", "compute.googleapis.com/InstanceGroup",
      "compute.googleapis.com/ResourcePolicy");

  private static final Pattern ZONE = Pattern.compile("[a-z]+-[a-z]+\\d+-[a-z]");

  private final GcpContext ctx;

  public AssetCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "cloudasset";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(Located.class), FactKinds.key(SecurityService.class, SecurityService.Kind.CONFIG_RECORDING));
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    SearchAllResourcesRequest req = SearchAllResourcesRequest.newBuilder()
        .setScope("projects/" + target.account()).setPageSize(500).build();
    for (ResourceSearchResult r : GcpCall.list("cloudasset.assets.searchAllResources",
        () -> ctx.gapic().asset().searchAllResources(req).iterateAll())) {
      if (!LOCATED_ELSEWHERE.contains(r.getAssetType()) && !HOLDS_NO_DATA.contains(r.getAssetType())) {
        out.accept(located(target, r));
      }
    }
    // An enabled Asset API keeps every resource's configuration history (35 days): GCP's
    // configuration recorder. Disabled, the search above fails and the gap says so.
    out.accept(new SecurityService(GcpContext.ref(target, "global", "cloudasset.googleapis.com/Inventory",
        "projects/" + target.account() + "/assetInventory"), SecurityService.Kind.CONFIG_RECORDING, Known.of(true),
        "Cloud Asset Inventory (35 days of configuration history)"));
  }

  Located located(Target target, ResourceSearchResult r) {
    String project = r.getProject().isEmpty() ? target.account() : ctx.projectId(r.getProject());
    String loc = r.getLocation().toLowerCase(Locale.ROOT);
    boolean zonal = ZONE.matcher(loc).matches();
    String region = zonal ? loc.substring(0, loc.lastIndexOf('-')) : loc.isEmpty() ? ResourceRef.GLOBAL : loc;
    ResourceRef ref = ResourceRef.of(target.scope().cloud(), project, region, r.getAssetType(), r.getName());
    return new Located(ref, zonal ? Known.of(loc) : Known.notOffered(), true);
  }
}
