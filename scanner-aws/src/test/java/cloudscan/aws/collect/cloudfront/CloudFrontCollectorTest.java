package cloudscan.aws.collect.cloudfront;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Residency;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.ViewerCertificate;

@ExtendWith(MotoExtension.class)
class CloudFrontCollectorTest {

  private static AwsClients clients;
  private static Collected facts;
  private static String defaultCert;
  private static String customCert;

  @BeforeAll
  static void seedAndScan() {
    CloudFrontClient cf = MotoAws.seed(CloudFrontClient.class, CloudFrontClient::builder, "us-east-1");
    defaultCert = givenDistribution(cf, "default-cert", v -> v.cloudFrontDefaultCertificate(true));
    customCert = givenDistribution(cf, "custom-cert", v -> v.cloudFrontDefaultCertificate(false)
        .acmCertificateArn("arn:aws:acm:us-east-1:123456789012:certificate/1111-cf").sslSupportMethod("sni-only")
        .minimumProtocolVersion("TLSv1.2_2021"));
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new CloudFrontCollector(clients), MotoAws.global());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  private static String givenDistribution(CloudFrontClient cf, String name, Consumer<ViewerCertificate.Builder> vc) {
    return cf.createDistribution(r -> r.distributionConfig(c -> c.callerReference(name).comment(name).enabled(true)
        .origins(o -> o.quantity(1).items(i -> i.id("origin").domainName(name + ".s3.amazonaws.com")
            .s3OriginConfig(s -> s.originAccessIdentity(""))))
        .defaultCacheBehavior(b -> b.targetOriginId("origin").viewerProtocolPolicy("redirect-to-https")
            .minTTL(0L).forwardedValues(f -> f.queryString(false).cookies(k -> k.forward("none"))))
        .viewerCertificate(vc)))
        .distribution().arn();
  }

  @Test
  void defaultCertificate_acceptsTls10WhateverIsConfigured() {
    assertThat(facts.one(TlsPolicy.class, defaultCert)).matches(t -> t.minVersion() == TlsVersion.TLS1_0
        && t.policyName().equals("TLSv1") && t.endpoint().endsWith(".cloudfront.net:443"));
  }

  @Test
  void customCertificateWithTls12Policy_startsAtTls12() {
    assertThat(facts.one(TlsPolicy.class, customCert)).matches(t -> t.minVersion() == TlsVersion.TLS1_2
        && t.policyName().equals("TLSv1.2_2021"));
  }

  @Test
  void defaultCertificate_offersTheTlsv1PolicysLegacySuites() {
    assertThat(facts.one(TlsPolicy.class, defaultCert)).matches(t -> t.cipherSuites().value().contains("DES-CBC3-SHA")
        && t.protocols().value().equals(List.of(TlsVersion.TLS1_0, TlsVersion.TLS1_1, TlsVersion.TLS1_2,
            TlsVersion.TLS1_3)));
  }

  @Test
  void customCertificateWithTls12Policy_offersOnlyForwardSecretAeadSuites() {
    assertThat(facts.one(TlsPolicy.class, customCert).cipherSuites().value()).containsExactly(
        "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305",
        "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305");
  }

  @Test
  void distribution_isLocatedGlobally() {
    assertThat(facts.one(Located.class, customCert).residency()).isEqualTo(Residency.GLOBAL);
  }

  @ParameterizedTest
  @CsvSource({"SSLv3, SSL3", "TLSv1, TLS1_0", "TLSv1_2016, TLS1_0", "TLSv1.1_2016, TLS1_1",
      "TLSv1.2_2018, TLS1_2", "TLSv1.2_2025, TLS1_2", "TLSv1.3_2025, TLS1_3"})
  void securityPolicyName_yieldsItsMinimumVersion(String policy, TlsVersion expected) {
    assertThat(CloudFrontCollector.minimumVersion(policy)).isEqualTo(expected);
  }
}
