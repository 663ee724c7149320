package cloudscan.checks.network;

import static cloudscan.testkit.NetworkRules.allTraffic;
import static cloudscan.testkit.NetworkRules.inbound;
import static cloudscan.testkit.NetworkRules.tcp;

import cloudscan.core.fact.AddressList;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceRef;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A firewall is judged as a whole, in the order the cloud evaluates it, and exposure where
 * something listens: the shared logic of the network checks, through net.admin-port-open (the
 * other port checks ask the same questions).
 */
class FirewallsTest {

  private static final String TOKYO = Refs.awsTokyoScope();

  private final CheckTester admin = CheckTester.of(new AdminPortOpen());

  private static ResourceRef sg(String id) {
    return Refs.aws("security-group", id);
  }

  private static NetworkAttachment eni(String id, List<String>... layers) {
    return new NetworkAttachment(Refs.aws("network-interface", id),
        Arrays.stream(layers).map(NetworkAttachment.Layer::new).toList(), List.of());
  }

  @Nested
  class RulesOfOneSetTogether {

    @Test
    void fourQuarterRules_togetherAreTheInternet_fail() {
      admin.given(inbound(tcp(22)).from("0.0.0.0/2").id("q1").on("sg-1"),
              inbound(tcp(22)).from("64.0.0.0/2").id("q2").on("sg-1"),
              inbound(tcp(22)).from("128.0.0.0/2").id("q3").on("sg-1"),
              inbound(tcp(22)).from("192.0.0.0/2").id("q4").on("sg-1"))
          .expectFail("sg-1").expectMessageContains("sg-1", "rules q1, q2, q3, q4");
    }

    @Test
    void theSameQuarterTwice_isNotTheInternet_overlapsCountOnce() {
      admin.given(inbound(tcp(22)).from("0.0.0.0/2").id("a").on("sg-1"),
          inbound(tcp(22)).from("0.0.0.0/2").id("b").on("sg-1")).expectPass("sg-1");
    }

    @Test
    void naclDenyBeforeAllow_wins_noFalseCriticalFinding() {
      admin.given(inbound(allTraffic()).from("0.0.0.0/0").deny().priority(90).id("90").on("acl-1"),
          inbound(allTraffic()).from("0.0.0.0/0").priority(100).id("100").on("acl-1")).expectPass("acl-1");
    }

    @Test
    void naclAllowBeforeDeny_isOpen() {
      admin.given(inbound(allTraffic()).from("0.0.0.0/0").priority(100).id("100").on("acl-1"),
          inbound(allTraffic()).from("0.0.0.0/0").deny().priority(200).id("200").on("acl-1"))
          .expectFail("acl-1").expectMessageContains("acl-1", "rules 100");
    }

    @Test
    void denyOfHalfTheInternetFirst_leavesTheOtherHalf_whichIsStillTheInternet() {
      admin.given(inbound(tcp(22)).from("0.0.0.0/1").deny().priority(10).on("acl-1"),
          inbound(tcp(22)).from("0.0.0.0/0").priority(20).id("open").on("acl-1")).expectFail("acl-1");
    }

    @Test
    void equalPriority_denyWins() {
      admin.given(inbound(tcp(22)).from("0.0.0.0/0").priority(1000).id("allow").on("fw-1"),
          inbound(tcp(22)).from("0.0.0.0/0").deny().priority(1000).id("deny").on("fw-1")).expectPass("fw-1");
    }

    @Test
    void denyOfAnotherPortDoesNotClose() {
      admin.given(inbound(tcp(80)).from("0.0.0.0/0").deny().priority(10).on("acl-1"),
          inbound(tcp(22)).from("0.0.0.0/0").priority(20).id("ssh").on("acl-1")).expectFail("acl-1");
    }
  }

  @Nested
  class PeersThatAreNotAddresses {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "tag:Internet, FAIL",
        "tag:AzureCloud, FAIL",
        "tag:AzureCloud.JapanEast, FAIL",
        "tag:VirtualNetwork, PASS",
        "tag:AzureLoadBalancer, PASS",
        "tag:GatewayManager, PASS",
        "tag:com.amazonaws.global.cloudfront.origin-facing, PASS",
        "group:sg-2, PASS",
        "tag:SomethingNew, UNKNOWN",
        "list:pl-0abc, UNKNOWN"})
    void peerMatrix(String peer, String expected) {
      ResourceRef target = peer.contains("azure") || peer.contains("Azure") || peer.contains("Internet")
          || peer.contains("Virtual") || peer.contains("Gateway") || peer.contains("Something")
          ? Refs.azure("japaneast", "nsg", "nsg-1") : Refs.aws("security-group", "nsg-1");
      var run = admin.given(inbound(tcp(22)).from(peer).priority(100).on(target));
      switch (expected) {
        case "FAIL" -> run.expectFail("nsg-1");
        case "PASS" -> run.expectPass("nsg-1");
        default -> run.expectUnknownFor("nsg-1").expectPass();
      }
    }

    @Test
    void customerPrefixListResolvedToTheInternet_fails() {
      admin.given(inbound(tcp(22)).from("list:pl-0abc").on("sg-1"),
          new AddressList(Refs.aws("prefix-list", "pl-0abc"), Known.of(List.of(Cidr.parse("0.0.0.0/0")))))
          .expectFail("sg-1");
    }

    @Test
    void customerPrefixListResolvedToAnOffice_passes() {
      admin.given(inbound(tcp(22)).from("list:pl-0abc").on("sg-1"),
          new AddressList(Refs.aws("prefix-list", "pl-0abc"), Known.of(List.of(Cidr.parse("203.0.113.0/24")))))
          .expectPass("sg-1");
    }

    @Test
    void prefixListWhoseEntriesWereNotRead_isUnknown() {
      admin.given(inbound(tcp(22)).from("list:pl-0abc").on("sg-1"),
          new AddressList(Refs.aws("prefix-list", "pl-0abc"), Known.unread())).expectUnknownFor("sg-1");
    }

    @Test
    void unresolvedListBesideTheInternet_isStillOpen() {
      admin.given(inbound(tcp(22)).from("list:pl-0abc", "0.0.0.0/0").on("sg-1")).expectFail("sg-1");
    }
  }

  @Nested
  class ExposureWhereSomethingListens {

    private CheckTester.Run attachmentsCollected(CheckTester t, Object... facts) {
      return t.given(Arrays.stream(facts).map(f -> (cloudscan.core.fact.Fact) f).toArray(cloudscan.core.fact.Fact[]::new))
          .inScope(TOKYO);
    }

    @Test
    void defaultNaclAllowingEverything_attachedToNothing_isNoExposureFinding() {
      attachmentsCollected(admin, inbound(allTraffic()).from("0.0.0.0/0").priority(100).on("acl-default"))
          .expectNotApplicable();
    }

    @Test
    void attachedToNothing_getsTheHygieneWarning_instead() {
      attachmentsCollected(CheckTester.of(new UnusedRuleSetOpen()),
          inbound(allTraffic()).from("0.0.0.0/0").priority(100).id("100").on("acl-default"))
          .expectWarn("acl-default").expectMessageContains("acl-default", "attached to nothing");
    }

    @Test
    void naclAllowingEverything_inFrontOfARestrictiveGroup_passes() {
      attachmentsCollected(admin,
          inbound(allTraffic()).from("0.0.0.0/0").priority(100).on("acl-1"),
          inbound(tcp(443)).from("0.0.0.0/0").on("sg-web"),
          eni("eni-1", List.of(sg("acl-1").id()), List.of(sg("sg-web").id())))
          .expectPass("acl-1", "sg-web");
    }

    @Test
    void groupOpeningSsh_behindAnOpenNacl_failsBothContributors_namingTheListener() {
      attachmentsCollected(admin,
          inbound(allTraffic()).from("0.0.0.0/0").priority(100).id("100").on("acl-1"),
          inbound(tcp(22)).from("0.0.0.0/0").id("ssh").on("sg-ops"),
          eni("eni-1", List.of(sg("acl-1").id()), List.of(sg("sg-ops").id())))
          .expectFail("acl-1", "sg-ops").expectMessageContains("sg-ops", "eni-1");
    }

    @Test
    void groupOpeningSsh_behindANaclDenyingSsh_isBlocked_passes() {
      attachmentsCollected(admin,
          inbound(tcp(22)).from("0.0.0.0/0").deny().priority(50).on("acl-1"),
          inbound(allTraffic()).from("0.0.0.0/0").priority(100).on("acl-1"),
          inbound(tcp(22)).from("0.0.0.0/0").id("ssh").on("sg-ops"),
          eni("eni-1", List.of(sg("acl-1").id()), List.of(sg("sg-ops").id())))
          .expectPass("acl-1", "sg-ops");
    }

    @Test
    void twoGroupsOnOneInterface_addUp() {
      attachmentsCollected(admin,
          inbound(tcp(22)).from("0.0.0.0/1").id("low").on("sg-a"),
          inbound(tcp(22)).from("128.0.0.0/1").id("high").on("sg-b"),
          eni("eni-1", List.of(sg("sg-a").id(), sg("sg-b").id())))
          .expectFail("sg-a", "sg-b");
    }

    @Test
    void twoQuarterGroupsOnOneInterface_addUpToHalf_failBoth() {
      attachmentsCollected(admin,
          inbound(tcp(22)).from("0.0.0.0/2").id("q1").on("sg-a"),
          inbound(tcp(22)).from("64.0.0.0/2").id("q2").on("sg-b"),
          eni("eni-1", List.of(sg("sg-a").id(), sg("sg-b").id())))
          .expectFail("sg-a", "sg-b");
    }

    @Test
    void quarterGroupsOnDifferentInterfaces_doNotAddUp() {
      attachmentsCollected(admin,
          inbound(tcp(22)).from("0.0.0.0/2").id("q1").on("sg-a"),
          inbound(tcp(22)).from("64.0.0.0/2").id("q2").on("sg-b"),
          eni("eni-1", List.of(sg("sg-a").id())), eni("eni-2", List.of(sg("sg-b").id())))
          .expectPass("sg-a", "sg-b");
    }

    @Test
    void attachmentsNotCollected_eachRuleSetIsJudgedAlone() {
      admin.given(inbound(allTraffic()).from("0.0.0.0/0").priority(100).on("acl-default"))
          .inScope(TOKYO, "NetworkRule").expectFail("acl-default");
    }

    @Test
    void attachmentsWithAGap_eachRuleSetIsJudgedAlone_neverPassedOnPartialData() {
      admin.given(inbound(allTraffic()).from("0.0.0.0/0").priority(100).on("acl-default"))
          .inScope(TOKYO).andGap(NetworkAttachment.class, TOKYO).expectFail("acl-default");
    }
  }

  @Nested
  class RulesForSomeMembers {

    @Test
    void denyForOneTag_allowForAnother_exposesTheSecond() {
      ResourceRef vpc = Refs.gcp("global", "network", "vpc-1");
      NetworkRule deny = inbound(tcp(22)).from("0.0.0.0/0").deny().priority(100).appliesTo("locked").on(vpc);
      NetworkRule allow = inbound(tcp(22)).from("0.0.0.0/0").priority(1000).appliesTo("bastion").id("allow-ssh").on(vpc);
      admin.given(deny, allow).expectFail("vpc-1");
    }

    @Test
    void allowOnlyForAMemberThatADenyCovers_isClosed() {
      ResourceRef vpc = Refs.gcp("global", "network", "vpc-1");
      NetworkRule deny = inbound(tcp(22)).from("0.0.0.0/0").deny().priority(100).on(vpc);
      NetworkRule allow = inbound(tcp(22)).from("0.0.0.0/0").priority(1000).appliesTo("bastion").on(vpc);
      admin.given(deny, allow).expectPass("vpc-1");
    }

    @Test
    void twoTagsOpenOnlyTogether_membersNotCollected_isUnknown_neverPass() {
      // False-PASS case: 0.0.0.0/2 to tag a and 64.0.0.0/2 to tag b; a VM with both is open to 0.0.0.0/1.
      ResourceRef vpc = Refs.gcp("global", "network", "vpc-1");
      NetworkRule a = inbound(tcp(22)).from("0.0.0.0/2").priority(1000).appliesTo("a").id("to-a").on(vpc);
      NetworkRule b = inbound(tcp(22)).from("64.0.0.0/2").priority(1000).appliesTo("b").id("to-b").on(vpc);
      admin.given(a, b).expectUnknownFor("vpc-1").expectPass().expectFail();
    }

    @Test
    void twoTagsOpenTogether_andAMemberCarriesBoth_fails() {
      ResourceRef vpc = Refs.gcp("global", "network", "vpc-1");
      NetworkRule a = inbound(tcp(22)).from("0.0.0.0/2").priority(1000).appliesTo("a").id("to-a").on(vpc);
      NetworkRule b = inbound(tcp(22)).from("64.0.0.0/2").priority(1000).appliesTo("b").id("to-b").on(vpc);
      NetworkAttachment vm = new NetworkAttachment(Refs.gcp("asia-northeast1", "instance", "vm-1"),
          List.of(new NetworkAttachment.Layer(List.of(vpc.id()))), List.of("a", "b"));
      admin.given(a, b, vm).inScope("gcp/" + vpc.account() + "/global")
          .expectFail("vpc-1").expectMessageContains("vpc-1", "to-a");
    }

    @Test
    void twoTagsOpenTogether_butNoMemberCarriesBoth_passes() {
      ResourceRef vpc = Refs.gcp("global", "network", "vpc-1");
      NetworkRule a = inbound(tcp(22)).from("0.0.0.0/2").priority(1000).appliesTo("a").id("to-a").on(vpc);
      NetworkRule b = inbound(tcp(22)).from("64.0.0.0/2").priority(1000).appliesTo("b").id("to-b").on(vpc);
      NetworkAttachment vmA = new NetworkAttachment(Refs.gcp("asia-northeast1", "instance", "vm-a"),
          List.of(new NetworkAttachment.Layer(List.of(vpc.id()))), List.of("a"));
      NetworkAttachment vmB = new NetworkAttachment(Refs.gcp("asia-northeast1", "instance", "vm-b"),
          List.of(new NetworkAttachment.Layer(List.of(vpc.id()))), List.of("b"));
      admin.given(a, b, vmA, vmB).inScope("gcp/" + vpc.account() + "/global").expectPass("vpc-1");
    }
  }
}
