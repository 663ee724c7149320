package cloudscan.aws.collect.events;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.SecurityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sns.SnsClient;

@ExtendWith(MotoExtension.class)
class FindingRoutesCollectorTest {

  private static final String QUIET_REGION = "eu-west-1";

  private static AwsClients clients;
  private static Collected tokyo;
  private static Collected quiet;

  @BeforeAll
  static void seedAndScan() {
    String topic = MotoAws.seed(SnsClient.class, SnsClient::builder).createTopic(r -> r.name("soc-oncall")).topicArn();
    EventBridgeClient events = MotoAws.seed(EventBridgeClient.class, EventBridgeClient::builder);
    events.putRule(r -> r.name("guardduty-to-soc").eventPattern("{\"source\":[\"aws.guardduty\"]}"));
    events.putTargets(r -> r.rule("guardduty-to-soc").targets(t -> t.id("soc").arn(topic)));
    events.putRule(r -> r.name("hub-without-target").eventPattern("{\"source\":[\"aws.securityhub\"]}"));
    events.putRule(r -> r.name("disabled-route").eventPattern("{\"source\":[\"aws.guardduty\"]}").state("DISABLED"));
    events.putTargets(r -> r.rule("disabled-route").targets(t -> t.id("soc").arn(topic)));
    events.putRule(r -> r.name("ec2-state").eventPattern("{\"source\":[\"aws.ec2\"]}"));
    events.putTargets(r -> r.rule("ec2-state").targets(t -> t.id("ops").arn(topic)));
    // Another region has an event bus but no finding route at all.
    MotoAws.seed(EventBridgeClient.class, EventBridgeClient::builder, QUIET_REGION)
        .putRule(r -> r.name("nightly").scheduleExpression("rate(1 day)"));
    clients = MotoAws.scanClients();
    tokyo = MotoAws.collect(new FindingRoutesCollector(clients), MotoAws.regional());
    quiet = MotoAws.collect(new FindingRoutesCollector(clients), MotoAws.regional(QUIET_REGION));
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  @Test
  void ruleSendingGuardDutyFindingsToATopic_isNotificationOn_namingTheTarget() {
    SecurityService s = tokyo.one(SecurityService.class, "rule/guardduty-to-soc");
    assertThat(s.kind()).isEqualTo(SecurityService.Kind.INCIDENT_NOTIFICATION);
    assertThat(s.enabled().is(true)).isTrue();
    assertThat(s.detail()).contains("soc-oncall");
  }

  @Test
  void findingRuleWithoutTarget_routesToNobody() {
    assertThat(tokyo.one(SecurityService.class, "rule/hub-without-target").enabled().is(false)).isTrue();
  }

  @Test
  void disabledRulesAndRulesForOtherEvents_areNoRoute() {
    assertThat(tokyo.all(SecurityService.class)).extracting(s -> s.resource().id())
        .noneMatch(id -> id.endsWith("disabled-route") || id.endsWith("ec2-state")).hasSize(2);
  }

  @Test
  void regionWithoutAnyFindingRoute_emitsNothing_soTheCheckSeesLookedForAndNoneFound() {
    assertThat(quiet.all(SecurityService.class)).isEmpty();
    assertThat(quiet.gaps()).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"source\":[\"aws.guardduty\"]}|true",
      "{\"source\":\"aws.securityhub\"}|true",
      "{\"source\":[\"aws.ec2\",\"aws.securityhub\"],\"detail-type\":[\"Security Hub Findings - Imported\"]}|true",
      "{\"source\":[\"aws.ec2\"]}|false",
      "{\"detail-type\":[\"GuardDuty Finding\"]}|true",
      "{\"detail-type\":[\"EC2 Instance State-change Notification\"]}|false",
      "not json|false"})
  void eventPatterns(String pattern, boolean findings) {
    assertThat(FindingRoutesCollector.takesFindings(pattern)).isEqualTo(findings);
  }
}
