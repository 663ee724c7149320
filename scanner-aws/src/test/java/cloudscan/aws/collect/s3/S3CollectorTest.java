package cloudscan.aws.collect.s3;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Retention;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(MotoExtension.class)
class S3CollectorTest {

  private static final String PUBLIC_READ = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",
        "Resource":"arn:aws:s3:::%s/*"}]}""";
  private static final String TRAIL_DELIVERY = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},
        "Action":"s3:PutObject","Resource":"arn:aws:s3:::trail-logs/*"}]}""";

  /** Anonymous read whose only condition restricts nothing (negated, IfExists, Null, wildcard). */
  private static final String LOOKS_LIMITED = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",
        "Resource":"arn:aws:s3:::%s/*","Condition":%s}]}""";
  private static final String ORG_ONLY = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",
        "Resource":"arn:aws:s3:::org-only/*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}]}""";

  private static AwsClients clients;
  private static Collected facts;

  @BeforeAll
  static void seedAndScan() {
    S3Client s3 = MotoAws.seed(S3Client.class, S3Client::builder);
    givenBucket("plain", MotoAws.REGION);
    givenBucket("virginia", "us-east-1");
    givenBucket("kms-encrypted", MotoAws.REGION);
    s3.putBucketEncryption(r -> r.bucket("kms-encrypted").serverSideEncryptionConfiguration(c -> c.rules(rule -> rule
        .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm("aws:kms").kmsMasterKeyID("alias/data")))));
    givenBucket("public-site", MotoAws.REGION);
    s3.putBucketPolicy(r -> r.bucket("public-site").policy(PUBLIC_READ.formatted("public-site")));
    givenBucket("blocked-site", MotoAws.REGION);
    s3.putBucketPolicy(r -> r.bucket("blocked-site").policy(PUBLIC_READ.formatted("blocked-site")));
    s3.putPublicAccessBlock(r -> r.bucket("blocked-site").publicAccessBlockConfiguration(c -> c
        .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(true)));
    givenReplicatedBucket(s3);
    s3.createBucket(r -> r.bucket("vault").objectLockEnabledForBucket(true)
        .createBucketConfiguration(c -> c.locationConstraint(MotoAws.REGION)));
    s3.putObjectLockConfiguration(r -> r.bucket("vault").objectLockConfiguration(c -> c.objectLockEnabled("Enabled")
        .rule(rule -> rule.defaultRetention(d -> d.mode("COMPLIANCE").days(30)))));
    givenBucket("trail-logs", MotoAws.REGION);
    s3.putBucketPolicy(r -> r.bucket("trail-logs").policy(TRAIL_DELIVERY));
    s3.putBucketLifecycleConfiguration(r -> r.bucket("trail-logs").lifecycleConfiguration(c -> c.rules(rule -> rule
        .id("expire").status("Enabled").filter(f -> f.prefix("")).expiration(e -> e.days(400)))));
    givenLooksLimited(s3, "not-vpce", "{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-1a2b3c4d\"}}");
    givenLooksLimited(s3, "if-exists", "{\"StringEqualsIfExists\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}");
    givenLooksLimited(s3, "null-check", "{\"Null\":{\"aws:PrincipalOrgID\":\"false\"}}");
    givenLooksLimited(s3, "any-org", "{\"StringLike\":{\"aws:PrincipalOrgID\":\"*\"}}");
    givenBucket("org-only", MotoAws.REGION);
    s3.putBucketPolicy(r -> r.bucket("org-only").policy(ORG_ONLY));
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new S3Collector(clients), MotoAws.global());
  }

  @AfterAll
  static void close() {
    if (clients != null) {
      clients.close();
    }
  }

  private static void givenBucket(String name, String region) {
    MotoAws.seed(S3Client.class, S3Client::builder, region).createBucket(r -> r.bucket(name).createBucketConfiguration(
        region.equals("us-east-1") ? null : software.amazon.awssdk.services.s3.model.CreateBucketConfiguration
            .builder().locationConstraint(region).build()));
  }

  private static void givenLooksLimited(S3Client s3, String name, String condition) {
    givenBucket(name, MotoAws.REGION);
    s3.putBucketPolicy(r -> r.bucket(name).policy(LOOKS_LIMITED.formatted(name, condition)));
  }

  private static void givenReplicatedBucket(S3Client s3) {
    givenBucket("source", MotoAws.REGION);
    givenBucket("osaka-copy", "ap-northeast-3");
    s3.putBucketVersioning(r -> r.bucket("source").versioningConfiguration(v -> v.status("Enabled")));
    s3.putBucketVersioning(r -> r.bucket("osaka-copy").versioningConfiguration(v -> v.status("Enabled")));
    s3.putBucketReplication(r -> r.bucket("source").replicationConfiguration(c -> c
        .role("arn:aws:iam::123456789012:role/replication")
        .rules(rule -> rule.id("all").status("Enabled").priority(1).filter(f -> f.prefix(""))
            .deleteMarkerReplication(d -> d.status("Disabled"))
            .destination(d -> d.bucket("arn:aws:s3:::osaka-copy")))));
  }

  @Test
  void bucketWithoutDefaultEncryption_isUnencrypted() {
    assertThat(facts.one(EncryptionAtRest.class, ":::plain").enabled().is(false)).isTrue();
  }

  @Test
  void kmsEncryptedBucket_carriesKeyReference() {
    assertThat(facts.one(EncryptionAtRest.class, "kms-encrypted").keyRef()).isEqualTo("alias/data");
  }

  @Test
  void bucketWithoutLocationConstraint_isInUsEast1() {
    assertThat(facts.one(Located.class, "virginia").resource().location()).isEqualTo("us-east-1");
  }

  @Test
  void bucketInTokyo_isLocatedInTokyo() {
    assertThat(facts.one(Located.class, ":::plain").resource().location()).isEqualTo("ap-northeast-1");
  }

  @Test
  void everyBucket_isObjectStorageDataStore() {
    assertThat(facts.all(DataStore.class)).hasSize(facts.all(Located.class).size());
  }

  @Test
  void anonymousReadPolicy_isOpenToInternet() {
    assertThat(facts.one(PublicEndpoint.class, "public-site")).matches(e -> e.publiclyReachable().is(true)
        && e.allowedSources().equals(PublicEndpoint.unrestricted()));
  }

  @Test
  void anonymousPolicyUnderBlockPublicAccess_isNotReachable() {
    assertThat(facts.one(PublicEndpoint.class, "blocked-site").publiclyReachable().is(false)).isTrue();
  }

  @Test
  void privateBucket_isNotReachable() {
    assertThat(facts.one(PublicEndpoint.class, ":::plain").publiclyReachable().is(false)).isTrue();
  }

  @Test
  void replicationRule_yieldsReplicaInDestinationRegion() {
    assertThat(facts.one(Replica.class, ":::source").destinationLocation()).isEqualTo("ap-northeast-3");
  }

  @Test
  void complianceObjectLock_isLockedVaultWithMinimumRetention() {
    assertThat(facts.one(BackupVault.class, ":::vault"))
        .matches(v -> v.immutability() == Immutability.LOCKED && v.minRetentionDays().is(30));
  }

  @Test
  void bucketWithoutObjectLock_isNoVault() {
    assertThat(facts.all(BackupVault.class)).singleElement().matches(v -> v.resource().id().endsWith(":::vault"));
  }

  @Test
  void cloudTrailDeliveryBucket_isAuditLogStoreWithLifecycleRetention() {
    assertThat(facts.one(LogStore.class, "trail-logs"))
        .matches(l -> l.holdsAuditLogs() && l.retention().equals(Retention.days(400)) && l.immutable().is(false));
  }

  @Test
  void unsetConfigurations_areAnswersNotGaps() {
    assertThat(facts.gaps()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-vpce", "if-exists", "null-check", "any-org"})
  void anonymousGrantWithAConditionThatRestrictsNothing_isOpenToTheInternet(String bucket) {
    assertThat(facts.one(PublicEndpoint.class, ":::" + bucket)).matches(e -> e.publiclyReachable().is(true)
        && e.allowedSources().equals(PublicEndpoint.unrestricted()));
  }

  @Test
  void anonymousGrantLimitedToTheOrganization_isNotPublic() {
    assertThat(facts.one(PublicEndpoint.class, ":::org-only").publiclyReachable().is(false)).isTrue();
  }
}
