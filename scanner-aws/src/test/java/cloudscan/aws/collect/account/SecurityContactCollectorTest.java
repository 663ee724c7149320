package cloudscan.aws.collect.account;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.DenyingProxy;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.aws.testing.MotoServer;
import cloudscan.core.fact.SecurityService;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AlternateContactType;

/** The security alternate contact as a notification path (moto implements Account Management). */
@ExtendWith(MotoExtension.class)
class SecurityContactCollectorTest {

  private static Collected none;
  private static Collected set;
  private static final Collected DENIED = new Collected();
  private static Throwable deniedError;

  @BeforeAll
  static void scanBeforeAndAfterSettingTheContact() {
    none = collect();
    MotoAws.seed(AccountClient.class, AccountClient::builder, "us-east-1").putAlternateContact(r -> r
        .alternateContactType(AlternateContactType.SECURITY).emailAddress("soc@example.jp").name("SOC")
        .phoneNumber("+81-466-00-0000").title("Security operations"));
    set = collect();
    try (DenyingProxy proxy = DenyingProxy.start(MotoServer.get().endpoint(), Set.of("account"));
         AwsClients clients = AwsClients.builder().credentials(MotoAws.credentials()).endpoint(proxy.endpoint())
             .maxAttempts(1).build()) {
      clients.register(MotoAws.ACCOUNT, MotoAws.credentials());
      try {
        new SecurityContactCollector(clients).collect(MotoAws.global(), DENIED);
      } catch (RuntimeException e) {
        deniedError = e; // the engine records it as a gap for SecurityService
      }
    }
  }

  private static Collected collect() {
    try (AwsClients clients = MotoAws.scanClients()) {
      return MotoAws.collect(new SecurityContactCollector(clients), MotoAws.global());
    }
  }

  @Test
  void deniedRead_failsTheCollectorAndIsNeverNone() {
    assertThat(deniedError).isInstanceOfSatisfying(AwsServiceException.class,
        e -> assertThat(e.statusCode() == 403 && DENIED.facts().isEmpty()).isTrue());
  }

  @Test
  void noSecurityContact_isAnOffNotificationPath() {
    assertThat(none.one(SecurityService.class, "alternate-contact/SECURITY"))
        .matches(s -> s.kind() == SecurityService.Kind.INCIDENT_NOTIFICATION && s.enabled().is(false));
  }

  @Test
  void securityContactSet_isAnOnNotificationPathWithoutPersonalData() {
    assertThat(set.one(SecurityService.class, "alternate-contact/SECURITY"))
        .matches(s -> s.enabled().is(true) && !s.detail().contains("soc@") && !s.detail().contains("SOC"));
  }
}
