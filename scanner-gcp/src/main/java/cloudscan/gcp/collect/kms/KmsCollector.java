package cloudscan.gcp.collect.kms;

import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.kms.v1.CryptoKeyVersion;
import com.google.cloud.kms.v1.KeyManagementServiceClient;
import com.google.cloud.kms.v1.KeyRing;
import com.google.cloud.kms.v1.ListCryptoKeyVersionsRequest;
import com.google.cloud.location.ListLocationsRequest;
import com.google.cloud.location.Location;
import java.util.List;
import java.util.Set;

/**
 * Cloud KMS keys in every KMS location of the project → {@link CryptoKey} (algorithm of the
 * primary version, or of the enabled versions for keys without one; protection level; rotation
 * period for symmetric keys), {@link Located} (the key ring's location, {@code global} included)
 * and {@link ResourceLabel}. Key IDs are the key's resource name without a version.
 */
public final class KmsCollector implements Collector {

  private final GcpContext ctx;

  public KmsCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "cloudkms";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(CryptoKey.class, Located.class, ResourceLabel.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    KeyManagementServiceClient kms = ctx.gapic().kms();
    List<Location> locations = GcpCall.list("cloudkms.locations.list", () -> kms.listLocations(
        ListLocationsRequest.newBuilder().setName("projects/" + target.account()).build()).iterateAll());
    for (Location loc : locations) {
      String parent = "projects/" + target.account() + "/locations/" + loc.getLocationId();
      for (KeyRing ring : GcpCall.list("cloudkms.keyRings.list", () -> kms.listKeyRings(parent).iterateAll())) {
        for (com.google.cloud.kms.v1.CryptoKey key : GcpCall.list("cloudkms.cryptoKeys.list",
            () -> kms.listCryptoKeys(ring.getName()).iterateAll())) {
          emit(target, loc.getLocationId(), key, versions(kms, key), out);
        }
      }
    }
  }

  /** Keys without a primary version (asymmetric, MAC) are judged by their versions. */
  private static List<CryptoKeyVersion> versions(KeyManagementServiceClient kms, com.google.cloud.kms.v1.CryptoKey key) {
    if (key.hasPrimary()) {
      return List.of();
    }
    return GcpCall.list("cloudkms.cryptoKeyVersions.list", () -> kms.listCryptoKeyVersions(
        ListCryptoKeyVersionsRequest.newBuilder().setParent(key.getName()).build())
        .iterateAll());
  }

  private static void emit(Target target, String location, com.google.cloud.kms.v1.CryptoKey key,
      List<CryptoKeyVersion> versions, FactSink out) {
    ResourceRef ref = GcpContext.ref(target, location, "cloudkms.googleapis.com/CryptoKey", KeyMapping.keyId(key.getName()));
    var level = key.hasPrimary() ? key.getPrimary().getProtectionLevel() : key.getVersionTemplate().getProtectionLevel();
    Known<Boolean> rotatable = KeyMapping.rotatable(key, level);
    Known<Boolean> rotation = rotatable.isUnread() ? Known.unread()
        : rotatable.is(true) ? Known.of(key.hasRotationPeriod()) : Known.notOffered();
    Known<Integer> period = rotation.is(true)
        ? Known.of((int) (key.getRotationPeriod().getSeconds() / 86_400)) : rotation.isUnread() ? Known.unread() : Known.notOffered();
    var protection = KeyMapping.protection(level);
    out.accept(new CryptoKey(ref, KeyMapping.spec(key, versions), KeyMapping.usage(key.getPurpose()),
        KeyMapping.state(key, versions), Known.of(true), protection, rotation, period,
        // destruction is always scheduled (24 hours to 120 days, default 30 days) before material is gone
        Known.of(true), Known.notOffered(), Known.notOffered()));
    out.accept(Located.regional(ref));
    out.accept(new ResourceLabel(ref, GcpContext.last(key.getName()), Known.of(key.getLabelsMap())));
  }
}
