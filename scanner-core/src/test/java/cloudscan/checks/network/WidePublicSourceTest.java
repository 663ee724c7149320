package cloudscan.checks.network;

import static cloudscan.testkit.NetworkRules.inbound;
import static cloudscan.testkit.NetworkRules.outbound;
import static cloudscan.testkit.NetworkRules.tcp;

import cloudscan.core.fact.NetworkRule;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WidePublicSourceTest {

  private final CheckTester tester = CheckTester.of(new WidePublicSource());

  @Test
  void slash8OfPublicAddresses_warnsNamingRange() {
    tester.given(inbound(tcp(443)).from("52.0.0.0/8").on("sg-1"))
        .expectWarn("sg-1")
        .expectMessageContains("sg-1", "52.0.0.0/8");
  }

  @Test
  void officeRange_passes() {
    tester.given(inbound(tcp(443)).from("203.0.113.0/24").on("sg-1")).expectPass("sg-1");
  }

  @ParameterizedTest(name = "{0} → warn={1}")
  @CsvSource({
      "52.0.0.0/8, true",
      "52.0.0.0/15, true",
      "128.0.0.0/1, false",
      "52.0.0.0/16, false",
      "198.51.100.7, false",
      "10.0.0.0/8, false",
      "100.64.0.0/10, false",
      "0.0.0.0/0, false",
      "::/0, false",
      "*, false",
      "2600::/16, true",
      "2001:db8::/32, false",
      "fc00::/7, false"})
  void sourceMatrix(String source, boolean warns) {
    var run = tester.given(inbound(tcp(443)).from(source).on("sg-1"));
    if (warns) {
      run.expectWarn("sg-1");
    } else {
      run.expectPass("sg-1").expectWarn();
    }
  }

  @Test
  void wideRangeInsideTheInternet_isLeftToThePortChecks() {
    tester.given(inbound(tcp(443)).from("0.0.0.0/0", "8.0.0.0/8").on("sg-1")).expectPass("sg-1").expectWarn();
  }

  @Test
  void manySmallRangesAddingUpToMoreThanASlash16_warn_sourcesAreMerged() {
    tester.given(inbound(tcp(443)).from("52.0.0.0/17", "52.0.128.0/17").id("a").on("sg-1"),
            inbound(tcp(8443)).from("52.1.0.0/16").id("b").on("sg-1"))
        .expectWarn("sg-1").expectMessageContains("sg-1", "52.0.0.0/15");
  }

  @Test
  void denyAndOutboundRules_areNotJudged() {
    NetworkRule deny = inbound(tcp(443)).from("52.0.0.0/8").deny().priority(100).on("acl-1");
    NetworkRule egress = outbound(tcp(443)).from("52.0.0.0/8").on("sg-1");
    tester.given(deny, egress).expectPass("acl-1").expectWarn();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(NetworkRule.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
