package cloudscan.aws.collect.securityhub;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsErrors;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.snapshot.GapKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/** moto implements DescribeHub but answers GetEnabledStandards with an HTML 404. */
@ExtendWith(MotoExtension.class)
class SecurityHubCollectorTest {

  private static final String NOT_SUBSCRIBED = "eu-west-1";

  private static AwsClients clients;
  private static Collected subscribed;
  private static Collected unsubscribed;

  @BeforeAll
  static void seedAndScan() {
    MotoAws.seed(SecurityHubClient.class, SecurityHubClient::builder).enableSecurityHub(r -> { });
    clients = MotoAws.scanClients();
    subscribed = MotoAws.collect(new SecurityHubCollector(clients), MotoAws.regional());
    unsubscribed = MotoAws.collect(new SecurityHubCollector(clients), MotoAws.regional(NOT_SUBSCRIBED));
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  @Test
  void subscribedHub_isPostureManagementOn() {
    assertThat(subscribed.all(SecurityService.class)).singleElement().matches(s -> s.enabled().is(true)
        && s.kind() == SecurityService.Kind.POSTURE_MANAGEMENT && s.resource().id().contains(":hub/"));
  }

  @Test
  void unreadableStandards_becomeUnsupportedGapNotCrash() {
    assertThat(subscribed.gaps()).singleElement().matches(g -> g.kinds().isEmpty()
        && AwsErrors.describe(g.error()).kind() == GapKind.UNSUPPORTED
        && "securityhub:GetEnabledStandards".equals(AwsErrors.describe(g.error()).operation()));
  }

  @Test
  void notSubscribed_isPostureManagementOff() {
    assertThat(unsubscribed.all(SecurityService.class)).singleElement().matches(s -> s.enabled().is(false));
  }

  @Test
  void notSubscribed_isAnAnswerNotAGap() {
    assertThat(unsubscribed.gaps()).isEmpty();
  }
}
