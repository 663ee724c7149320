package cloudscan.gcp.collect.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Scope;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.GcpClients;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IamPolicyCollectorTest {

  static final String POLICY = """
      {"version": 1, "etag": "BwX=", "bindings": [
        {"role": "roles/owner", "members": ["user:admin@city-vendor.jp"]},
        {"role": "roles/viewer", "members": ["user:someone@gmail.com", "group:ops@city-vendor.jp",
          "serviceAccount:etl@city-sandbox.iam.gserviceaccount.com", "serviceAccount:x@other-project.iam.gserviceaccount.com",
          "serviceAccount:service-111@gcp-sa-logging.iam.gserviceaccount.com", "deleted:user:gone@city-vendor.jp"]},
        {"role": "roles/storage.objectViewer", "members": ["allUsers"]}]}""";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(Map<String, String> options, String... parents) {
    GcpClients clients = GcpTesting.clients(fake, options);
    Collected out = new Collected();
    new IamPolicyCollector(new GcpContext(clients, Map.of("111", "city-sandbox")), Scope.Level.ACCOUNT)
        .collect(GcpTesting.project("city-sandbox", parents), out);
    return out;
  }

  @Test
  void deniedPolicy_isAFailedRead() {
    fake.fail("/v3/projects/city-sandbox:getIamPolicy", 403, GcpFake.denied("resourcemanager.projects.getIamPolicy"));
    assertThatThrownBy(() -> collect(Map.of())).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void withoutAnyAllowedDomain_usersAndGroupsAreAGap_neverInternal() {
    fake.post("/v3/projects/city-sandbox:getIamPolicy", POLICY);
    Collected out = collect(Map.of());
    assertThat(out.all(Principal.class)).extracting(Principal::name)
        .doesNotContain("user:admin@city-vendor.jp", "user:someone@gmail.com");
    assertThat(out.gaps()).singleElement().satisfies(g -> assertThat(g.error().getMessage())
        .contains("user:someone@gmail.com", "allowed-domains"));
    assertThat(out.one(Principal.class, "/allUsers").isExternal()).isTrue();
  }

  @Test
  void organizationDomain_makesItsUsersInternal_andOthersExternal() {
    fake.post("/v3/projects/city-sandbox:getIamPolicy", POLICY)
        .get("/v3/organizations/42", "{\"name\": \"organizations/42\", \"displayName\": \"city-vendor.jp\", \"state\": \"ACTIVE\"}");
    Collected out = collect(Map.of(), "organizations/42");
    assertThat(out.gaps()).isEmpty();
    assertThat(out.one(Principal.class, "user:admin@city-vendor.jp").isExternal()).isFalse();
    assertThat(out.one(Principal.class, "group:ops@city-vendor.jp").isExternal()).isFalse();
    // a group's members are people signing in: their MFA is unread, never "not offered"
    assertThat(out.one(Principal.class, "group:ops@city-vendor.jp").consoleAccess().is(true)).isTrue();
    assertThat(out.one(Principal.class, "group:ops@city-vendor.jp").mfa().isUnread()).isTrue();
    Principal gmail = out.one(Principal.class, "user:someone@gmail.com");
    assertThat(gmail.externalParty()).isEqualTo("gmail.com");
    assertThat(gmail.consoleAccess()).isEqualTo(Known.of(true));
    assertThat(gmail.mfa().isUnread()).as("2-step verification lives in Cloud Identity, not read").isTrue();
  }

  @Test
  void serviceAccounts_ofScannedProjectsAndGoogleAgentsAreInternal_othersExternal() {
    fake.post("/v3/projects/city-sandbox:getIamPolicy", POLICY);
    Collected out = collect(Map.of("allowed-domains", "city-vendor.jp"));
    assertThat(out.one(Principal.class, "serviceAccount:etl@city-sandbox.iam.gserviceaccount.com").isExternal()).isFalse();
    assertThat(out.one(Principal.class, "gcp-sa-logging.iam.gserviceaccount.com").isExternal()).isFalse();
    assertThat(out.one(Principal.class, "x@other-project.iam.gserviceaccount.com").externalParty())
        .isEqualTo("project other-project");
    assertThat(out.all(Principal.class)).extracting(Principal::name).noneMatch(n -> n.startsWith("deleted:"));
  }
}
