package cloudscan.aws.collect.cloudfront;

import cloudscan.checks.crypto.TlsWeakCiphers;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.testkit.CheckTester;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.ViewerCertificate;

/**
 * What {@code crypto.tls-weak-ciphers} makes of each documented CloudFront viewer policy, as the
 * collector emits it (the side-car's per-policy verdicts).
 */
class ViewerPolicyVerdictsTest {

  private static final String ARN = "arn:aws:cloudfront::123456789012:distribution/E1";
  private final CheckTester tester = CheckTester.of(new TlsWeakCiphers()).scanning("aws/123456789012/global");

  @ParameterizedTest
  @CsvSource({"SSLv3, FAIL", "TLSv1, FAIL", "TLSv1_2016, WARN", "TLSv1.1_2016, WARN", "TLSv1.2_2018, WARN",
      "TLSv1.2_2019, PASS", "TLSv1.2_2021, PASS", "TLSv1.2_2025, PASS", "TLSv1.3_2025, PASS", "TLSv1.3_2027, UNKNOWN"})
  void viewerPolicy_isJudgedBySuitesTheGuideDocuments(String policy, String verdict) {
    var run = tester.given(CloudFrontCollector.viewerTls(
        ResourceRef.of(Cloud.AWS, "123456789012", ResourceRef.GLOBAL, "cloudfront:distribution", ARN),
        DistributionSummary.builder().domainName("d1.cloudfront.net").build(),
        ViewerCertificate.builder().cloudFrontDefaultCertificate(false).minimumProtocolVersion(policy).build()));
    switch (verdict) {
      case "FAIL" -> run.expectFail(ARN);
      case "WARN" -> run.expectWarn(ARN);
      case "PASS" -> run.expectPass(ARN);
      default -> run.expectUnknownFor(ARN);
    }
  }
}
