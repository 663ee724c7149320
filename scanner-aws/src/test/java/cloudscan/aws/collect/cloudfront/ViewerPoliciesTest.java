package cloudscan.aws.collect.cloudfront;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.ViewerCertificate;

/**
 * The documented table of CloudFront viewer security policies (no emulator serves it and no API
 * lists it: a unit test against the CloudFront Developer Guide's table).
 */
class ViewerPoliciesTest {

  @Test
  void sslv3_offersEveryDocumentedSuiteIncludingRc4() {
    assertThat(ViewerPolicies.suites("SSLv3").orElseThrow()).hasSize(24).contains("RC4-MD5", "DES-CBC3-SHA");
  }

  @Test
  void tlsv1_dropsRc4ButKeeps3Des() {
    assertThat(ViewerPolicies.suites("TLSv1").orElseThrow()).contains("DES-CBC3-SHA").doesNotContain("RC4-MD5");
  }

  @Test
  void tls12of2018_keepsStaticRsaSuitesAndDropsCbcSha1() {
    assertThat(ViewerPolicies.suites("TLSv1.2_2018").orElseThrow()).contains("AES128-GCM-SHA256")
        .doesNotContain("ECDHE-RSA-AES128-SHA", "AES256-SHA", "DES-CBC3-SHA");
  }

  @Test
  void tls12of2019_isEcdheOnlyWithSha2Cbc() {
    assertThat(ViewerPolicies.suites("TLSv1.2_2019").orElseThrow()).contains("ECDHE-RSA-AES128-SHA256")
        .doesNotContain("AES128-GCM-SHA256");
  }

  @Test
  void tls13of2025_offersTwoTls13SuitesAndOneProtocol() {
    assertThat(ViewerPolicies.suites("TLSv1.3_2025").orElseThrow())
        .containsExactly("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384");
    assertThat(ViewerPolicies.protocols("TLSv1.3_2025").orElseThrow()).containsExactly(TlsVersion.TLS1_3);
  }

  @ParameterizedTest
  @CsvSource({"SSLv3, SSL3", "TLSv1, TLS1_0", "TLSv1_2016, TLS1_0", "TLSv1.1_2016, TLS1_1", "TLSv1.2_2018, TLS1_2",
      "TLSv1.2_2019, TLS1_2", "TLSv1.2_2021, TLS1_2", "TLSv1.2_2025, TLS1_2", "TLSv1.3_2025, TLS1_3"})
  void everyPolicy_acceptsItsMinimumAndEveryNewerProtocol(String policy, TlsVersion oldest) {
    List<TlsVersion> expected = List.of(TlsVersion.values()).subList(oldest.ordinal(), TlsVersion.TLS1_3.ordinal() + 1);
    assertThat(ViewerPolicies.protocols(policy).orElseThrow()).isEqualTo(expected);
  }

  @Test
  void unknownPolicyName_isNotResolved() {
    assertThat(ViewerPolicies.suites("TLSv1.3_2027")).isEmpty();
    assertThat(ViewerPolicies.protocols("TLSv1.3_2027")).isEmpty();
  }

  @Test
  void distributionWithAnUnknownPolicy_leavesSuitesAndProtocolsUnread() {
    TlsPolicy tls = CloudFrontCollector.viewerTls(
        ResourceRef.of(Cloud.AWS, "123456789012", ResourceRef.GLOBAL, "cloudfront:distribution", "arn:aws:cloudfront::1:d/E1"),
        DistributionSummary.builder().domainName("d1.cloudfront.net").build(),
        ViewerCertificate.builder().cloudFrontDefaultCertificate(false).minimumProtocolVersion("TLSv1.3_2027").build());
    assertThat(tls.cipherSuites().isUnread() && tls.protocols().isUnread()).isTrue();
  }
}
