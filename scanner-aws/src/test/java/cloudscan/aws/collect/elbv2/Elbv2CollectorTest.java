package cloudscan.aws.collect.elbv2;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;

@ExtendWith(MotoExtension.class)
class Elbv2CollectorTest {

  private static final String LEGACY = "ELBSecurityPolicy-2016-08";
  private static final String MODERN = "ELBSecurityPolicy-TLS13-1-2-2021-06";

  private static AwsClients clients;
  private static Collected facts;
  private static String publicLb;
  private static String internalLb;
  private static String webGroup;

  @BeforeAll
  static void seedAndScan() {
    ElasticLoadBalancingV2Client elb = MotoAws.seed(ElasticLoadBalancingV2Client.class,
        ElasticLoadBalancingV2Client::builder);
    String cert = MotoAws.seed(AcmClient.class, AcmClient::builder)
        .requestCertificate(r -> r.domainName("www.example.jp")).certificateArn();
    webGroup = MotoAws.seed(Ec2Client.class, Ec2Client::builder)
        .createSecurityGroup(r -> r.groupName("lb-web").description("office only")).groupId();
    publicLb = elb.createLoadBalancer(r -> r.name("public-web").scheme("internet-facing").subnets(defaultSubnets())
        .securityGroups(webGroup)).loadBalancers().get(0).loadBalancerArn();
    internalLb = givenLoadBalancer(elb, "internal-api", "internal");
    givenListener(elb, publicLb, "HTTP", 80, null, null);
    givenListener(elb, publicLb, "HTTPS", 443, LEGACY, cert);
    givenListener(elb, internalLb, "HTTPS", 8443, MODERN, cert);
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new Elbv2Collector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    clients.close();
  }

  private static String givenLoadBalancer(ElasticLoadBalancingV2Client elb, String name, String scheme) {
    return elb.createLoadBalancer(r -> r.name(name).scheme(scheme).subnets(defaultSubnets())).loadBalancers().get(0)
        .loadBalancerArn();
  }

  private static List<String> defaultSubnets() {
    return MotoAws.seed(Ec2Client.class, Ec2Client::builder)
        .describeSubnets(r -> r.filters(f -> f.name("default-for-az").values("true"))).subnets().stream()
        .map(s -> s.subnetId()).limit(2).toList();
  }

  private static void givenListener(ElasticLoadBalancingV2Client elb, String lb, String protocol, int port,
      String policy, String cert) {
    Action ok = Action.builder().type("fixed-response")
        .fixedResponseConfig(f -> f.statusCode("200").contentType("text/plain").messageBody("ok")).build();
    elb.createListener(r -> {
      r.loadBalancerArn(lb).protocol(protocol).port(port).defaultActions(ok);
      if (cert != null) {
        r.sslPolicy(policy).certificates(c -> c.certificateArn(cert));
      }
    });
  }

  private static TlsPolicy tlsOf(String lbArn) {
    String lbId = lbArn.substring(lbArn.indexOf(":loadbalancer/") + ":loadbalancer/".length());
    return facts.one(TlsPolicy.class, ":listener/" + lbId + "/");
  }

  @Test
  void internetFacingBalancer_isPubliclyReachableLoadBalancer() {
    assertThat(facts.one(PublicEndpoint.class, publicLb)).matches(e -> e.publiclyReachable().is(true) && e.allowedSources().equals(PublicEndpoint.unrestricted())
        && e.kind() == PublicEndpoint.Kind.LOAD_BALANCER);
  }

  @Test
  void balancer_sitsBehindItsSecurityGroups_whichDecideWhoReachesIt() {
    assertThat(facts.one(NetworkAttachment.class, publicLb).layers())
        .singleElement().satisfies(l -> assertThat(l.ruleSets()).singleElement()
            .satisfies(id -> assertThat(id).endsWith(":security-group/" + webGroup)));
  }

  @Test
  void internalBalancer_isNotPubliclyReachable() {
    assertThat(facts.one(PublicEndpoint.class, internalLb).publiclyReachable().is(false)).isTrue();
  }

  @Test
  void httpListener_hasNoTlsPolicyDespiteEmulatorSslPolicy() {
    assertThat(facts.all(TlsPolicy.class)).noneMatch(t -> t.endpoint().endsWith(":80"));
  }

  @Test
  void legacyPolicy_offersTls10FromLiveDescription() {
    assertThat(tlsOf(publicLb)).matches(t -> t.policyName().equals(LEGACY) && t.minVersion() == TlsVersion.TLS1_0
        && t.protocols().value().contains(TlsVersion.TLS1_2) && t.cipherSuites().value().contains("ECDHE-RSA-AES128-SHA"));
  }

  @Test
  void tls13Policy_startsAtTls12AndEndpointIsDnsAndPort() {
    assertThat(tlsOf(internalLb)).matches(t -> t.minVersion() == TlsVersion.TLS1_2
        && t.protocols().value().contains(TlsVersion.TLS1_3) && t.endpoint().endsWith(".amazonaws.com:8443"));
  }

  @Test
  void policies_areDescribedOncePerTarget() {
    assertThat(clients.apiCalls().entrySet()).filteredOn(e -> e.getKey().endsWith(":DescribeSSLPolicies"))
        .singleElement().matches(e -> e.getValue() == 1L);
  }

  @Test
  void balancer_isLocatedInOneOfItsZonesInJapan() {
    assertThat(facts.one(cloudscan.core.fact.Located.class, publicLb)).matches(l -> l.zone().isKnown()
        && l.zone().value().startsWith("ap-northeast-1") && l.residency() == cloudscan.core.fact.Residency.JAPAN);
  }
}
