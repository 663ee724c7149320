package cloudscan.core.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.input.InputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiverRulesTest {

  private static List<Waiver> parse(String entry) throws InputException {
    String yaml = "version: 1\nwaivers:\n" + entry;
    return WaiverLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "w.yaml",
        id -> id.equals("net.admin-port-open") || id.equals("net.*") || id.equals("*"));
  }

  private static final String BASE = "    reason: bastion behind a NACL\n"
      + "    approvedBy: city security team\n"
      + "    approvedOn: 2026-01-10\n"
      + "    expires: 2026-12-31\n";

  @Test
  void missingResource_isRejected() {
    assertThatThrownBy(() -> parse("  - check: net.admin-port-open\n" + BASE))
        .isInstanceOf(InputException.class).hasMessageContaining("waivers[0].resource");
  }

  @Test
  void wildcardResourceWithoutAccount_isRejected() {
    assertThatThrownBy(() -> parse("  - check: net.admin-port-open\n    resource: \"*\"\n" + BASE))
        .isInstanceOf(InputException.class).hasMessageContaining("never covers every account");
  }

  @Test
  void wildcardResourceForOneAccount_isAccepted() throws Exception {
    assertThat(parse("  - check: net.admin-port-open\n    resource: \"*\"\n    account: \"111122223333\"\n" + BASE))
        .hasSize(1);
  }

  @Test
  void waivingEveryCheck_isRejected() {
    assertThatThrownBy(() -> parse("  - check: \"*\"\n    resource: sg-1\n" + BASE))
        .isInstanceOf(InputException.class).hasMessageContaining("would waive every check");
  }

  @Test
  void waiver_isNotInForceBeforeItsApproval() throws Exception {
    Waiver w = parse("  - check: net.admin-port-open\n    resource: sg-1\n" + BASE).get(0);
    assertThat(w.validOn(LocalDate.parse("2026-01-09"))).isFalse();
    assertThat(w.validOn(LocalDate.parse("2026-01-10"))).isTrue();
    assertThat(w.validOn(LocalDate.parse("2026-12-31"))).isTrue();
    assertThat(w.validOn(LocalDate.parse("2027-01-01"))).isFalse();
  }

  @Test
  void glob_matchesCurrentIdsOnly_formerIdsNeedTheExactName() throws Exception {
    Waiver w = parse("  - check: net.*\n    resource: sg-1\n" + BASE).get(0);
    assertThat(w.matchesCheck("net.admin-port-open")).isTrue();
    assertThat(w.namesExactly("net.old-admin-port")).isFalse();
  }
}
