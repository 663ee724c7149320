package cloudscan.gcp.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.provider.Target;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectDiscoveryTest {

  static String project(String id, String number, String parent, String state) {
    return """
        {"name": "projects/%s", "projectId": "%s", "parent": "%s", "state": "%s", "displayName": "%s"}"""
        .formatted(number, id, parent, state, id);
  }

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private ProjectDiscovery.Found discover(Map<String, String> options) throws ProviderException {
    GcpClients clients = GcpTesting.clients(fake, options);
    return new ProjectDiscovery(new Gapic(clients)).discover(clients.settings());
  }

  private static Target target(ProjectDiscovery.Found f, String account) {
    return f.targets().stream().filter(t -> t.account().equals(account)).findFirst().orElseThrow();
  }

  @Test
  void rejectedCredentials_stopTheScanWithWhatToDo() {
    fake.fail("/v3/projects:search", 401, GcpFake.error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.",
        null, null, null));
    assertThatThrownBy(() -> discover(Map.of())).isInstanceOf(ProviderException.class)
        .hasMessageContaining("gcloud auth application-default login");
  }

  @Test
  void everyVisibleProject_withItsFolderAndOrganization_deleteRequestedSkipped() throws Exception {
    fake.get("/v3/projects:search", "{\"projects\": [" + project("city-sandbox", "111", "folders/7", "ACTIVE") + ","
        + project("city-old-01", "222", "organizations/42", "DELETE_REQUESTED") + "]}")
        .get("/v3/folders/7", "{\"name\": \"folders/7\", \"parent\": \"organizations/42\", \"state\": \"ACTIVE\"}");
    ProjectDiscovery.Found f = discover(Map.of());
    assertThat(f.targets()).extracting(Target::account).containsExactlyInAnyOrder("city-sandbox", "folders/7", "organizations/42");
    assertThat(target(f, "city-sandbox").level()).isEqualTo(Scope.Level.ACCOUNT);
    assertThat(target(f, "city-sandbox").parents()).containsExactly("folders/7", "organizations/42");
    assertThat(target(f, "organizations/42").level()).isEqualTo(Scope.Level.ORGANIZATION);
    assertThat(target(f, "folders/7").parents()).containsExactly("organizations/42");
    assertThat(f.skipped()).extracting(SkippedLocation::account, SkippedLocation::cause)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("city-old-01", SkipCause.NOT_ENABLED));
    assertThat(f.projectIds()).containsEntry("111", "city-sandbox");
  }

  @Test
  void namedProjectThatCannotBeRead_isStillScanned_soItsGapsShow() throws Exception {
    fake.get("/v3/projects/city-sandbox", project("city-sandbox", "111", "organizations/42", "ACTIVE"))
        .fail("/v3/projects/secret", 403, GcpFake.denied("resourcemanager.projects.get"));
    ProjectDiscovery.Found f = discover(Map.of("project", "city-sandbox,secret"));
    assertThat(f.targets()).extracting(Target::account).containsExactlyInAnyOrder("city-sandbox", "secret", "organizations/42");
    assertThat(target(f, "secret").parents()).isEmpty();
  }

  @Test
  void organizationScope_walksFoldersForProjects() throws Exception {
    fake.stub(get(urlPathEqualTo("/v3/projects")).withQueryParam("parent", equalTo("organizations/42")),
            "{\"projects\": [" + project("city-top-01", "1", "organizations/42", "ACTIVE") + "]}")
        .stub(get(urlPathEqualTo("/v3/projects")).withQueryParam("parent", equalTo("folders/7")),
            "{\"projects\": [" + project("city-deep-01", "2", "folders/7", "ACTIVE") + "]}")
        .stub(get(urlPathEqualTo("/v3/folders")).withQueryParam("parent", equalTo("organizations/42")),
            "{\"folders\": [{\"name\": \"folders/7\", \"parent\": \"organizations/42\", \"state\": \"ACTIVE\"}]}")
        .stub(get(urlPathEqualTo("/v3/folders")).withQueryParam("parent", equalTo("folders/7")), "{}");
    ProjectDiscovery.Found f = discover(Map.of("organization", "42"));
    assertThat(f.targets()).extracting(Target::account)
        .containsExactlyInAnyOrder("organizations/42", "folders/7", "city-top-01", "city-deep-01");
    assertThat(target(f, "city-deep-01").parents()).containsExactly("folders/7", "organizations/42");
  }

  @Test
  void unreadableFolder_isListedAsUnexamined() throws Exception {
    fake.stub(get(urlPathEqualTo("/v3/projects")).withQueryParam("parent", equalTo("folders/9")), "{}")
        .fail("/v3/folders", 403, GcpFake.denied("resourcemanager.folders.list"));
    ProjectDiscovery.Found f = discover(Map.of("folder", "9"));
    assertThat(f.skipped()).extracting(SkippedLocation::account, SkippedLocation::cause)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("folders/9", SkipCause.UNREACHABLE));
  }
}
