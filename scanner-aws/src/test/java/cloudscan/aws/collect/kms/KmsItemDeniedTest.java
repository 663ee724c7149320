package cloudscan.aws.collect.kms;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsErrors;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.DenyingProxy;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.aws.testing.MotoServer;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.snapshot.GapKind;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.kms.KmsClient;

/** A key whose key policy refuses DescribeKey is a gap for that key; the other keys are collected. */
@ExtendWith(MotoExtension.class)
class KmsItemDeniedTest {

  private static DenyingProxy proxy;
  private static AwsClients clients;
  private static Collected facts;
  private static String locked;
  private static String open;

  @BeforeAll
  static void seedAndScan() {
    KmsClient kms = MotoAws.seed(KmsClient.class, KmsClient::builder);
    locked = kms.createKey(r -> r.description("locked")).keyMetadata().keyId();
    open = kms.createKey(r -> r.description("open")).keyMetadata().keyId();
    proxy = DenyingProxy.start(MotoServer.get().endpoint(), Set.of()).denyOperation("TrentService.DescribeKey", locked);
    clients = AwsClients.builder().credentials(MotoAws.CREDENTIALS).endpoint(proxy.endpoint()).maxAttempts(1).build();
    clients.register(MotoAws.ACCOUNT, MotoAws.CREDENTIALS);
    facts = MotoAws.collect(new KmsCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    clients.close();
    proxy.close();
  }

  @Test
  void deniedKey_isOneAccessDeniedGapNamingDescribeKey() {
    assertThat(facts.gaps()).singleElement().matches(g -> AwsErrors.describe(g.error()).kind() == GapKind.ACCESS_DENIED
        && "kms:DescribeKey".equals(AwsErrors.describe(g.error()).operation()) && g.kinds().contains(CryptoKey.class));
  }

  @Test
  void otherKey_isStillCollected() {
    assertThat(facts.one(CryptoKey.class, open).customerManaged().is(true)).isTrue();
  }

  @Test
  void deniedKey_hasNoFactThatCouldPass() {
    assertThat(facts.all(CryptoKey.class, k -> k.resource().id().contains(locked))).isEmpty();
  }
}
