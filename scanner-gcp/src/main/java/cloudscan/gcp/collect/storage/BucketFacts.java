package cloudscan.gcp.collect.storage;

import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Replica;
import com.google.cloud.storage.BucketInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Bucket settings → fact values: where the data is, retention lock, replicas. */
final class BucketFacts {

  private BucketFacts() { }

  /**
   * Where the bucket's data is: a configurable dual-region as its two regions
   * ({@code asia-northeast1+asia-northeast2}: Asset would say {@code ASIA}), else the location
   * lower-cased ({@code ASIA1} → {@code asia1}).
   */
  static String location(BucketInfo b) {
    List<String> data = dataLocations(b);
    if (!data.isEmpty()) {
      return String.join("+", data);
    }
    return b.getLocation() == null ? "" : b.getLocation().toLowerCase(Locale.ROOT);
  }

  static List<String> dataLocations(BucketInfo b) {
    if (b.getCustomPlacementConfig() == null || b.getCustomPlacementConfig().getDataLocations() == null) {
      return List.of();
    }
    return b.getCustomPlacementConfig().getDataLocations().stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
  }

  /** A dual-region bucket copies every object to both of its regions. */
  static List<Replica> replicas(ResourceRef ref, BucketInfo b) {
    List<Replica> out = new ArrayList<>();
    dataLocations(b).forEach(l -> out.add(new Replica(ref, "gcs-dual-region", ref.account(), l)));
    return out;
  }

  /**
   * A bucket with a retention policy is an immutable store: LOCKED once the policy is locked (it
   * can no longer be shortened or removed), UNLOCKED before. Null for a bucket without one.
   */
  static BackupVault vault(ResourceRef ref, BucketInfo b) {
    Duration retention = b.getRetentionPeriodDuration();
    if (retention == null || retention.isZero()) {
      return null;
    }
    BackupVault.Immutability im = Boolean.TRUE.equals(b.retentionPolicyIsLocked())
        ? BackupVault.Immutability.LOCKED : BackupVault.Immutability.UNLOCKED;
    return new BackupVault(ref, im, Known.notOffered(), Known.of((int) retention.toDays()), softDelete(b),
        Known.unread());
  }

  static Known<BackupVault.SoftDelete> softDelete(BucketInfo b) {
    if (b.getSoftDeletePolicy() == null || b.getSoftDeletePolicy().getRetentionDuration() == null) {
      return Known.unread();
    }
    return Known.of(b.getSoftDeletePolicy().getRetentionDuration().isZero()
        ? BackupVault.SoftDelete.OFF : BackupVault.SoftDelete.ON);
  }

  /** {@code projects/p/locations/l/keyRings/r/cryptoKeys/k} (a version suffix dropped), or null. */
  static String key(BucketInfo b) {
    String k = b.getDefaultKmsKeyName();
    if (k == null || k.isBlank()) {
      return null;
    }
    int i = k.indexOf("/cryptoKeyVersions/");
    return i < 0 ? k : k.substring(0, i);
  }
}
