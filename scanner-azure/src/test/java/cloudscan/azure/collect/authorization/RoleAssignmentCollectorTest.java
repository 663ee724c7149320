package cloudscan.azure.collect.authorization;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.Collected;
import cloudscan.checks.identity.ExternalPrincipal;
import cloudscan.core.check.Status;
import cloudscan.core.fact.Principal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoleAssignmentCollectorTest {

  static final String ASSIGNMENTS = "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/roleAssignments";
  static final String CLASSIC = "/subscriptions/" + SUB + "/providers/Microsoft.Authorization/classicAdministrators";
  static final String LIGHTHOUSE = "/subscriptions/" + SUB + "/providers/Microsoft.ManagedServices/registrationAssignments";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect() {
    var clients = fake.clients();
    return Collected.run(clients, new RoleAssignmentCollector(clients));
  }

  @Test
  void deniedRoleAssignments_isUnknownNeverPass() {
    fake.error("GET", ASSIGNMENTS, 403, "AuthorizationFailed").list(LIGHTHOUSE);
    Collected c = collect();
    assertThat(List.of(c.judge(new ExternalPrincipal()).has(Status.UNKNOWN), c.judge(new ExternalPrincipal()).has(Status.PASS)))
        .containsExactly(true, false);
  }

  @Test
  void foreignTenantGroup_andLighthouseDelegation_areOutsideParties_andAnInternalOwnerPasses() {
    fake.get(ASSIGNMENTS, "authorization/role-assignments.json").get(LIGHTHOUSE, "authorization/lighthouse.json");
    Collected c = collect();
    assertThat(List.of(c.verdict(new ExternalPrincipal(), "d2b2f3e4-0000-4000-8000-000000000003"),
        c.verdict(new ExternalPrincipal(), "0f2a3b4c-0000-4000-8000-000000000005"),
        c.verdict(new ExternalPrincipal(), "b0f43c54-e787-4862-89b1-a653fa9cf747")))
        .containsExactly(Status.FAIL, Status.FAIL, Status.PASS);
  }

  @Test
  void nonPrivilegedInternalAssignments_areNotListed() {
    fake.get(ASSIGNMENTS, "authorization/role-assignments.json").list(LIGHTHOUSE);
    assertThat(collect().all(Principal.class)).extracting(Principal::name)
        .noneMatch(n -> n.contains("de3df25f-0000-4000-8000-000000000002")).hasSize(2);
  }

  @Test
  void deniedClassicAdministrators_isAGap_andExternalPrincipalsUnknownNeverPass() {
    fake.get(ASSIGNMENTS, "authorization/role-assignments.json").list(LIGHTHOUSE).error("GET", CLASSIC, 403, "AuthorizationFailed");
    Collected c = collect();
    assertThat(List.of(c.gaps().get(0).operation(), c.judge(new ExternalPrincipal()).has(Status.UNKNOWN)))
        .containsExactly("authorization:ClassicAdministrators_List", true);
  }

  @Test
  void classicServiceAdministrator_isListedAsAPrivilegedBinding() {
    fake.get(ASSIGNMENTS, "authorization/role-assignments.json").list(LIGHTHOUSE).get(CLASSIC, "authorization/classic-admins.json");
    assertThat(collect().one(cloudscan.core.fact.Principal.class, "classicadmin-0001").name())
        .isEqualTo("classic administrator (ServiceAdministrator;AccountAdministrator) it-admin@vendor.example.jp");
  }
}
