package cloudscan.aws.collect.kms;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.CryptoKey.KeyState;
import cloudscan.core.fact.CryptoKey.KeyUsage;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Principal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.kms.KmsClient;

@ExtendWith(MotoExtension.class)
class KmsCollectorTest {

  private static final String SHARED_POLICY = """
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"},
        {"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::444455556666:role/partner"]},
         "Action":"kms:Decrypt","Resource":"*"}]}""";

  /** The remediation the crypto check gives: deny Encrypt/Decrypt to everyone unless OAEP with SHA-256. */
  private static final String OAEP_256_ONLY = """
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"},
        {"Effect":"Deny","Principal":"*","Action":["kms:Encrypt","kms:Decrypt"],"Resource":"*",
         "Condition":{"StringNotEquals":{"kms:EncryptionAlgorithm":"RSAES_OAEP_SHA_256"}}}]}""";
  /** An Allow with a condition restricts nothing: the root statement still allows every algorithm. */
  private static final String ALLOW_WITH_CONDITION = """
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"},
        {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/app"},"Action":"kms:Decrypt",
         "Resource":"*","Condition":{"StringEquals":{"kms:EncryptionAlgorithm":"RSAES_OAEP_SHA_256"}}}]}""";

  private static AwsClients clients;
  private static Collected facts;
  private static String rsa;
  private static String rotated;
  private static String unrotated;
  private static String hmac;
  private static String shared;
  private static String oaep256Only;
  private static String allowWithCondition;

  @BeforeAll
  static void seedAndScan() {
    KmsClient kms = MotoAws.seed(KmsClient.class, KmsClient::builder);
    rsa = kms.createKey(r -> r.keySpec("RSA_2048").keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
    rotated = kms.createKey(r -> r.description("rotated")).keyMetadata().keyId();
    kms.enableKeyRotation(r -> r.keyId(rotated));
    unrotated = kms.createKey(r -> r.description("unrotated")).keyMetadata().keyId();
    hmac = kms.createKey(r -> r.keySpec("HMAC_256").keyUsage("GENERATE_VERIFY_MAC")).keyMetadata().keyId();
    shared = kms.createKey(r -> r.policy(SHARED_POLICY)).keyMetadata().keyId();
    oaep256Only = kms.createKey(r -> r.keySpec("RSA_3072").keyUsage("ENCRYPT_DECRYPT").policy(OAEP_256_ONLY))
        .keyMetadata().keyId();
    allowWithCondition = kms.createKey(r -> r.keySpec("RSA_3072").keyUsage("ENCRYPT_DECRYPT")
        .policy(ALLOW_WITH_CONDITION)).keyMetadata().keyId();
    kms.createAlias(r -> r.aliasName("alias/residents").targetKeyId(rotated));
    kms.scheduleKeyDeletion(r -> r.keyId(unrotated).pendingWindowInDays(7));
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new KmsCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    if (clients != null) {
      clients.close();
    }
  }

  @Test
  void rsaKey_specIsRead() {
    assertThat(facts.one(CryptoKey.class, rsa).spec().value()).isEqualTo("RSA_2048");
  }

  @Test
  void rsaSigningKey_listsSigningAlgorithms() {
    assertThat(facts.one(CryptoKey.class, rsa).algorithms().value()).contains("RSASSA_PSS_SHA_256").doesNotContain("RSAES_OAEP_SHA_1");
  }

  @Test
  void asymmetricKey_hasNoRotationVerdict() {
    assertThat(facts.one(CryptoKey.class, rsa).rotation().isNotOffered()).isTrue();
  }

  @Test
  void symmetricKeyWithRotation_isRotated() {
    assertThat(facts.one(CryptoKey.class, rotated).rotation().is(true)).isTrue();
  }

  @Test
  void symmetricKeyWithoutUsageFromEmulator_isEncryptDecrypt() {
    assertThat(facts.one(CryptoKey.class, rotated).usages().value()).containsExactly(KeyUsage.ENCRYPT_DECRYPT);
  }

  @Test
  void keyScheduledForDeletion_isPendingDeletionWithoutRotationCall() {
    assertThat(facts.one(CryptoKey.class, unrotated)).matches(k -> k.state() == KeyState.PENDING_DELETION
        && k.rotation().isUnread());
  }

  @Test
  void hmacKey_isMacWithoutEncryptionAlgorithms() {
    assertThat(facts.one(CryptoKey.class, hmac)).matches(k -> k.usages().is(java.util.Set.of(KeyUsage.MAC))
        && k.algorithms().orElse(java.util.List.of()).stream().noneMatch(a -> a.startsWith("RSAES")));
  }

  @Test
  void everyKey_isLocatedInItsRegion() {
    assertThat(facts.all(Located.class)).hasSize(7).allMatch(l -> l.resource().location().equals(MotoAws.REGION));
  }

  @Test
  void keyPolicyGrantingOtherAccount_isExternalPrincipal() {
    assertThat(facts.all(Principal.class)).singleElement()
        .matches(p -> p.isExternal() && p.externalParty().equals("444455556666") && p.resource().id().contains(shared));
  }

  @Test
  void denyUnlessOaepSha256_permitsOnlyOaepSha256() {
    assertThat(facts.one(CryptoKey.class, oaep256Only).permittedAlgorithms().value())
        .containsExactly("RSAES_OAEP_SHA_256");
  }

  @Test
  void allowWithCondition_restrictsNothing() {
    assertThat(facts.one(CryptoKey.class, allowWithCondition).permittedAlgorithms().value())
        .contains("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
  }

  @Test
  void aliasedKey_isLabelledByItsAlias() {
    assertThat(facts.one(ResourceLabel.class, rotated).name()).isEqualTo("alias/residents");
  }

  @Test
  void everyKeyReadSucceeds_noGaps() {
    assertThat(facts.gaps()).isEmpty();
  }
}
