package cloudscan.gcp.collect.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Residency;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StorageCollectorTest {

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(String bucket) {
    fake.get("/storage/v1/b", "{\"kind\": \"storage#buckets\", \"items\": [" + bucket + "]}");
    Collected out = new Collected();
    new StorageCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  @Test
  void bucketIamUnreadable_isAGapInExposure_neverPrivate() {
    fake.fail("/storage/v1/b/open-or-not/iam", 403, GcpFake.denied("storage.buckets.getIamPolicy"));
    Collected out = collect("""
        {"name": "open-or-not", "location": "ASIA-NORTHEAST1", "locationType": "region",
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "inherited"}}""");
    assertThat(out.all(PublicEndpoint.class)).isEmpty();
    assertThat(out.gaps()).singleElement().satisfies(g -> assertThat(g.kinds()).containsExactly(PublicEndpoint.class));
  }

  @Test
  void publicAccessPreventionEnforced_isNotPublic() {
    PublicEndpoint e = collect("""
        {"name": "closed", "location": "ASIA-NORTHEAST1", "locationType": "region",
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}}""").one(PublicEndpoint.class, "/closed");
    assertThat(e.publiclyReachable()).isEqualTo(Known.of(false));
  }

  private static final String ORG_PAP = "/v2/projects/city-sandbox/policies/storage.publicAccessPrevention:getEffectivePolicy";
  private static final String OPEN_IAM = """
      {"kind": "storage#policy", "resourceId": "projects/_/buckets/open", "version": 1, "bindings": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]}], "etag": "CAE="}""";
  private static final String OPEN = """
      {"name": "open", "location": "ASIA-NORTHEAST1", "locationType": "region",
       "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "inherited"}}""";

  @Test
  void inheritingBucket_underAnEnforcedOrganizationPolicy_isNotPublic_despiteAllUsers() {
    fake.get(ORG_PAP, "{\"name\": \"projects/111/policies/storage.publicAccessPrevention\", \"spec\": {\"rules\": [{\"enforce\": true}]}}")
        .get("/storage/v1/b/open/iam", OPEN_IAM);
    assertThat(collect(OPEN).one(PublicEndpoint.class, "/open").publiclyReachable()).isEqualTo(Known.of(false));
  }

  @Test
  void inheritingBucketWithAllUsers_organizationPolicyUnreadable_isUnknown_neverPrivate() {
    fake.fail(ORG_PAP, 403, GcpFake.denied("orgpolicy.policy.get")).get("/storage/v1/b/open/iam", OPEN_IAM);
    assertThat(collect(OPEN).one(PublicEndpoint.class, "/open").publiclyReachable().isUnread()).isTrue();
  }

  @Test
  void allUsersInBucketIam_isPublicFromAnywhere() {
    fake.get(ORG_PAP, "{}");
    fake.get("/storage/v1/b/open/iam", """
        {"kind": "storage#policy", "resourceId": "projects/_/buckets/open", "version": 1, "bindings": [{"role": "roles/storage.objectViewer", "members": ["allUsers"]}], "etag": "CAE="}""");
    PublicEndpoint e = collect("""
        {"name": "open", "location": "ASIA-NORTHEAST1", "locationType": "region",
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "inherited"}}""")
        .one(PublicEndpoint.class, "/open");
    assertThat(e.publiclyReachable()).isEqualTo(Known.of(true));
    assertThat(e.allowedSources()).isEqualTo(PublicEndpoint.unrestricted());
  }

  @Test
  void fineGrainedAccessWithoutPublicGrants_isUnknown_objectAclsNotRead() {
    fake.get("/storage/v1/b/legacy/iam", "{\"version\": 1, \"bindings\": [], \"etag\": \"CAE=\"}");
    PublicEndpoint e = collect("""
        {"name": "legacy", "location": "ASIA-NORTHEAST1", "locationType": "region",
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": false}, "publicAccessPrevention": "inherited"}}""")
        .one(PublicEndpoint.class, "/legacy");
    assertThat(e.publiclyReachable().isUnread()).isTrue();
  }

  @Test
  void configurableDualRegionInJapan_isLocatedByItsDataLocations_notAsAsia() {
    Collected out = collect("""
        {"name": "dual", "location": "ASIA", "locationType": "dual-region",
         "customPlacementConfig": {"dataLocations": ["ASIA-NORTHEAST1", "ASIA-NORTHEAST2"]},
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}}""");
    Located l = out.one(Located.class, "/dual");
    assertThat(l.resource().location()).isEqualTo("asia-northeast1+asia-northeast2");
    assertThat(l.residency()).isEqualTo(Residency.JAPAN);
    assertThat(out.all(Replica.class)).extracting(Replica::destinationLocation)
        .containsExactly("asia-northeast1", "asia-northeast2");
  }

  @Test
  void asiaMultiRegion_isAbroad_andAsia1DualRegionIsJapan() {
    Collected multi = collect("""
        {"name": "multi", "location": "ASIA", "locationType": "multi-region",
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}}""");
    assertThat(multi.one(Located.class, "/multi").residency()).isEqualTo(Residency.ABROAD);
    fake.server().resetMappings();
    Collected asia1 = collect("""
        {"name": "tokyo-osaka", "location": "ASIA1", "locationType": "dual-region",
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}}""");
    assertThat(asia1.one(Located.class, "/tokyo-osaka").residency()).isEqualTo(Residency.JAPAN);
  }

  @Test
  void lockedRetentionPolicy_isALockedVault_andUnlockedIsNot() {
    BackupVault locked = collect("""
        {"name": "archive", "location": "ASIA-NORTHEAST1", "locationType": "region",
         "retentionPolicy": {"retentionPeriod": "31536000", "isLocked": true, "effectiveTime": "2025-01-01T00:00:00Z"},
         "softDeletePolicy": {"retentionDurationSeconds": "604800"},
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}}""").one(BackupVault.class, "/archive");
    assertThat(locked.immutability()).isEqualTo(BackupVault.Immutability.LOCKED);
    assertThat(locked.minRetentionDays()).isEqualTo(Known.of(365));
    assertThat(locked.softDelete()).isEqualTo(Known.of(BackupVault.SoftDelete.ON));
    fake.server().resetMappings();
    BackupVault unlocked = collect("""
        {"name": "archive2", "location": "ASIA-NORTHEAST1", "locationType": "region",
         "retentionPolicy": {"retentionPeriod": "86400"},
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}}""").one(BackupVault.class, "/archive2");
    assertThat(unlocked.immutability()).isEqualTo(BackupVault.Immutability.UNLOCKED);
  }

  @Test
  void bucketWithoutRetentionPolicy_isNoVault() {
    Collected out = collect("""
        {"name": "plain", "location": "ASIA-NORTHEAST1", "locationType": "region",
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}}""");
    assertThat(out.all(BackupVault.class)).isEmpty();
  }

  @Test
  void cmekBucket_namesItsKeyWithoutVersion() {
    EncryptionAtRest e = collect("""
        {"name": "cmek", "location": "ASIA-NORTHEAST1", "locationType": "region",
         "encryption": {"defaultKmsKeyName": "projects/city-sandbox/locations/asia-northeast1/keyRings/r/cryptoKeys/k/cryptoKeyVersions/2"},
         "iamConfiguration": {"uniformBucketLevelAccess": {"enabled": true}, "publicAccessPrevention": "enforced"}}""").one(EncryptionAtRest.class, "/cmek");
    assertThat(e.enabled()).isEqualTo(Known.of(true));
    assertThat(e.keyRef()).isEqualTo("projects/city-sandbox/locations/asia-northeast1/keyRings/r/cryptoKeys/k");
  }
}
