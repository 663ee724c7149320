package cloudscan.checks.network;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.VirtualNetwork;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlowLogsOffTest {

  private final CheckTester tester = CheckTester.of(new FlowLogsOff());

  private static VirtualNetwork vpc(String id, boolean isDefault, Boolean flowLogs) {
    return new VirtualNetwork(Refs.aws("vpc", id), isDefault, Known.ofNullable(flowLogs)
        .map(on -> on ? VirtualNetwork.FlowLogs.ALL : VirtualNetwork.FlowLogs.NONE));
  }

  @Test
  void flowLogsOnSomeSubnetsOnly_fails() {
    tester.given(new VirtualNetwork(Refs.gcp("global", "network", "vpc-1"), false, Known.of(VirtualNetwork.FlowLogs.PARTIAL)))
        .expectFail("vpc-1").expectMessageContains("vpc-1", "some subnets only");
  }

  @Test
  void flowLogsOff_fails() {
    tester.given(vpc("vpc-1", false, false)).expectFail("vpc-1");
  }

  @Test
  void flowLogsOn_passes() {
    tester.given(vpc("vpc-1", false, true)).expectPass("vpc-1");
  }

  @Test
  void flowLogSettingUnreadable_isUnknown() {
    tester.given(vpc("vpc-1", false, null)).expectUnknownFor("vpc-1").expectPass();
  }

  @Test
  void defaultNetwork_isNamedInMessage() {
    tester.given(vpc("vpc-default", true, false))
        .expectFail("vpc-default")
        .expectMessageContains("vpc-default", "default network");
  }

  @ParameterizedTest(name = "default={0} flowLogs={1} → {2}")
  @CsvSource({"false, true, PASS", "true, true, PASS", "false, false, FAIL", "true, false, FAIL",
      "false, , UNKNOWN", "true, , UNKNOWN"})
  void matrix(boolean isDefault, Boolean flowLogs, String outcome) {
    var run = tester.given(vpc("vpc-1", isDefault, flowLogs));
    switch (outcome) {
      case "PASS" -> run.expectPass("vpc-1");
      case "FAIL" -> run.expectFail("vpc-1");
      default -> run.expectUnknownFor("vpc-1");
    }
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(VirtualNetwork.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
