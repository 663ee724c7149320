package cloudscan.checks.exposure;

import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.Known;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerWithoutManagedAccessTest {

  private final CheckTester tester = CheckTester.of(new ServerWithoutManagedAccess());

  private static ComputeInstance vm(String id, Boolean managed, boolean publicIp) {
    return new ComputeInstance(Refs.aws("ec2-instance", id), Known.ofNullable(managed), Known.of(publicIp));
  }

  @Test
  void unmanagedWithPublicIp_fails() {
    tester.given(vm("i-1", false, true)).expectFail("i-1").expectMessageContains("i-1", "public IP");
  }

  @Test
  void unmanagedPrivateServer_warns() {
    tester.given(vm("i-1", false, false)).expectWarn("i-1").expectFail();
  }

  @Test
  void managedAccess_passes() {
    tester.given(vm("i-1", true, true)).expectPass("i-1");
  }

  @Test
  void managedAccessUnknown_isUnknown() {
    tester.given(vm("i-1", null, true)).expectUnknownFor("i-1").expectPass();
  }

  @ParameterizedTest(name = "managed={0} publicIp={1} → {2}")
  @CsvSource({"true, true, PASS", "true, false, PASS", "false, true, FAIL", "false, false, WARN",
      ", true, UNKNOWN", ", false, UNKNOWN"})
  void matrix(Boolean managed, boolean publicIp, String outcome) {
    var run = tester.given(vm("i-1", managed, publicIp));
    switch (outcome) {
      case "PASS" -> run.expectPass("i-1");
      case "FAIL" -> run.expectFail("i-1");
      case "WARN" -> run.expectWarn("i-1");
      default -> run.expectUnknownFor("i-1");
    }
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(ComputeInstance.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
