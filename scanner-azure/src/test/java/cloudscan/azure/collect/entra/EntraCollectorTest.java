package cloudscan.azure.collect.entra;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.identity.ConsoleUserWithoutMfa;
import cloudscan.checks.identity.ExternalPrincipal;
import cloudscan.checks.identity.PasswordPolicyWeak;
import cloudscan.core.check.Status;
import cloudscan.core.snapshot.GapKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntraCollectorTest {

  static final String DEFAULTS = "/v1.0/policies/identitySecurityDefaultsEnforcementPolicy";
  static final String CA = "/v1.0/identity/conditionalAccess/policies";
  static final String USERS = "/v1.0/reports/authenticationMethods/userRegistrationDetails";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get(DEFAULTS, "entra/security-defaults-off.json").get(USERS, "entra/users-page1.json")
        .page(USERS, "page2", "entra/users-page2.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new EntraCollector(clients));
  }

  @Test
  void missingPolicyPermission_isAGapInPrincipalsNamingIt_andNoUserPassesByPolicy() {
    fake.error("GET", CA, 403, "Authorization_RequestDenied");
    Collected c = collect();
    assertThat(c.gaps()).singleElement().satisfies(g -> assertThat(List.of(g.kind(), g.factKinds(),
        g.message().contains("Policy.Read.All"))).containsExactly(GapKind.ACCESS_DENIED, List.of("Principal"), true));
    assertThat(List.of(c.verdict(new ConsoleUserWithoutMfa(), "users/7a2b9c1d-0000-4000-8000-000000000009"),
        c.judge(new ConsoleUserWithoutMfa()).has(Status.UNKNOWN))).containsExactly(Status.FAIL, true);
  }

  @Test
  void missingReportsPermission_isAGapNamingAuditLogReadAll() {
    fake.get(CA, "entra/ca-mfa-everyone.json").error("GET", USERS, 403, "Authorization_RequestDenied");
    assertThat(collect().gaps()).singleElement().satisfies(g -> assertThat(g.message()).contains("AuditLog.Read.All"));
  }

  @Test
  void conditionalAccessRequiringMfaOfEveryone_coversAUserWithoutRegisteredMfa() {
    fake.get(CA, "entra/ca-mfa-everyone.json");
    assertThat(collect().verdict(new ConsoleUserWithoutMfa(), "users/7a2b9c1d-0000-4000-8000-000000000009"))
        .isEqualTo(Status.PASS);
  }

  @Test
  void aPolicyWithExclusions_enforcesNothingForEveryone_soAUserWithoutMfaFails() {
    fake.get(CA, "entra/ca-mfa-with-exclusion.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new ConsoleUserWithoutMfa(), "users/7a2b9c1d-0000-4000-8000-000000000009"),
        c.verdict(new ConsoleUserWithoutMfa(), "users/86462606-fde0-4fc4-9e0c-a20eb73e54c6")))
        .containsExactly(Status.FAIL, Status.PASS);
  }

  @Test
  void guestOnTheSecondPage_isAnOutsideParty_fromItsHomeDomain() {
    fake.get(CA, "entra/ca-mfa-everyone.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new ExternalPrincipal(), "users/5c6d7e8f-0000-4000-8000-00000000000a"),
        c.judge(new ExternalPrincipal()).findings().stream().filter(f -> f.status() == Status.FAIL)
            .findFirst().orElseThrow().message().en().contains("partner.co.jp")))
        .containsExactly(Status.FAIL, true);
  }

  @Test
  void entraFixedPasswordRule_isEightCharactersThreeOfFourClasses_andPasses() {
    fake.get(CA, "entra/ca-mfa-everyone.json");
    assertThat(collect().verdict(new PasswordPolicyWeak(), "passwordpolicy")).isEqualTo(Status.PASS);
  }
}
