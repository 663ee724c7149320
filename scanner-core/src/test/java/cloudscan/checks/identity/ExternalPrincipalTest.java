package cloudscan.checks.identity;

import static cloudscan.testkit.IdentityFacts.guest;
import static cloudscan.testkit.IdentityFacts.principal;
import static cloudscan.testkit.IdentityFacts.role;
import static cloudscan.testkit.IdentityFacts.root;

import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Principal.Kind;
import cloudscan.testkit.CheckTester;
import cloudscan.testkit.Refs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExternalPrincipalTest {

  private final CheckTester tester = CheckTester.of(new ExternalPrincipal());

  @Test
  void roleTrustingForeignAccount_fails() {
    tester.given(role("vendor-maintenance").external("999988887777").build())
        .expectFail("vendor-maintenance")
        .expectMessageContains("vendor-maintenance", "outside party 999988887777 has access via "
            + "vendor-maintenance; the city must approve it (record the approval as a waiver)");
  }

  @Test
  void internalRole_passes() {
    tester.given(role("app-server").build()).expectPass("app-server").expectFail();
  }

  @Test
  void guestFromOtherTenant_fails() {
    tester.given(guest("ext-user").console().external("partner.example.com").build(),
            role("app-server").build())
        .expectFail("ext-user").expectPass("app-server");
  }

  @Test
  void blankExternalParty_isInternal_passes() {
    tester.given(role("r-1").external(" ").build()).expectPass("r-1");
  }

  @ParameterizedTest(name = "external {0} → fail")
  @EnumSource(value = Kind.class, names = "ROOT", mode = EnumSource.Mode.EXCLUDE)
  void everyJudgedKind_externalFails(Kind kind) {
    tester.given(principal(kind, "p-1").external("other.example").build()).expectFail("p-1");
  }

  @Test
  void root_isNotJudged() {
    tester.given(root().external("999988887777").build()).expectNotApplicable();
  }

  @Test
  void collectionGap_isUnknown_neverPass() {
    tester.givenGap(Principal.class, Refs.awsTokyoScope()).expectUnknown();
  }
}
