package cloudscan.testkit;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceLabel;
import java.util.Map;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;

/**
 * Builders for data-store facts in the default test account (Tokyo) unless a {@link ResourceRef}
 * is given: {@code store("db-1", DATABASE, false)}, {@code replica("db-1", "ap-northeast-3")},
 * {@code encryption("db-1", true, "arn:aws:kms:...")}.
 */
public final class ResilienceFacts {

  private ResilienceFacts() { }

  /** A store; {@code multiZone} null for not read. */
  public static DataStore store(String id, StoreKind kind, Boolean multiZone) {
    return new DataStore(ref(id), kind, Known.ofNullable(multiZone));
  }

  public static DataStore store(ResourceRef ref, StoreKind kind, Boolean multiZone) {
    return new DataStore(ref, kind, Known.ofNullable(multiZone));
  }

  /** A database; {@code multiZone} may be null (unknown). */
  public static DataStore database(String id, Boolean multiZone) {
    return store(id, StoreKind.DATABASE, multiZone);
  }

  /** Data of {@code sourceId} is replicated to {@code destinationLocation} in the same account. */
  public static Replica replica(String sourceId, String destinationLocation) {
    return new Replica(ref(sourceId), "read-replica", Refs.ACCOUNT, destinationLocation);
  }

  /** Encryption at rest of {@code id}; {@code keyRef} null means the provider-managed key. */
  public static EncryptionAtRest encryption(String id, Boolean enabled, String keyRef) {
    return new EncryptionAtRest(ref(id), StoreKind.DATABASE, Known.ofNullable(enabled), keyRef);
  }

  /** The tags of {@code id}; {@code null} tags for not read. */
  public static ResourceLabel tags(String id, Map<String, String> tags) {
    return new ResourceLabel(ref(id), id, Known.ofNullable(tags));
  }

  public static ResourceLabel tags(ResourceRef ref, Map<String, String> tags) {
    return new ResourceLabel(ref, ref.id(), Known.ofNullable(tags));
  }

  public static ResourceRef ref(String id) {
    return Refs.aws("data-store", id);
  }
}
