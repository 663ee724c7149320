package cloudscan.aws.collect.inspector2;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.aws.testing.MotoServer;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.Vulnerability;
import cloudscan.core.fact.Vulnerability.Level;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.inspector2.Inspector2Client;

@ExtendWith(MotoExtension.class)
class Inspector2CollectorTest {

  private static final String UNSCANNED = "eu-west-1";

  private static AwsClients clients;
  private static Collected tokyo;
  private static Collected ireland;

  @BeforeAll
  static void seedAndScan() throws IOException {
    MotoAws.seed(Inspector2Client.class, Inspector2Client::builder)
        .enable(r -> r.accountIds(MotoAws.ACCOUNT).resourceTypesWithStrings("EC2"));
    MotoServer.get().queueInspector2Findings(MotoAws.ACCOUNT, MotoAws.REGION, fixture("findings-fixable.json"));
    clients = MotoAws.scanClients();
    tokyo = MotoAws.collect(new Inspector2Collector(clients), MotoAws.regional());
    ireland = MotoAws.collect(new Inspector2Collector(clients), MotoAws.regional(UNSCANNED));
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = Inspector2CollectorTest.class.getResourceAsStream("/inspector2/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void ec2ScanningEnabled_isVulnerabilityScanningOn() {
    assertThat(tokyo.all(SecurityService.class)).singleElement().matches(s -> s.enabled().is(true)
        && s.kind() == SecurityService.Kind.VULNERABILITY_SCANNING && s.detail().contains("EC2 ENABLED"));
  }

  @Test
  void regionNeverActivated_isVulnerabilityScanningOff() {
    assertThat(ireland.all(SecurityService.class)).singleElement().matches(s -> s.enabled().is(false));
  }

  @Test
  void fixableCve_isVulnerabilityOnTheInstanceArn_fixDatedByTheAdvisoryCreation() {
    assertThat(tokyo.one(Vulnerability.class, ":instance/i-0123456789abcdef0")).matches(v ->
        v.findingId().equals("CVE-2024-6387") && v.severity() == Level.CRITICAL
            && v.fixAvailableSince().is(Instant.ofEpochSecond(1766016000)));
  }

  @Test
  void partialFixWithoutPackageDetails_isNamedByFindingArn_andCountsAsAFixOfUnknownDate() {
    assertThat(tokyo.one(Vulnerability.class, "repository/web")).matches(v ->
        v.findingId().endsWith(":finding/0002") && v.fixAvailableSince().isUnread() && v.severity() == Level.MEDIUM);
  }

  @Test
  void unseededRegion_hasNoFindings() {
    assertThat(ireland.all(Vulnerability.class)).isEmpty();
  }

  @Test
  void regionNeverActivated_isAnAnswerNotAGap() {
    assertThat(ireland.gaps()).isEmpty();
  }
}
