package cloudscan.gcp.verdicts;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.snapshot.ScannedScope;
import cloudscan.gcp.testing.EstateScan;
import cloudscan.gcp.testing.GcpFake;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What decides the scope: a folder whose projects cannot be listed is searched instead, and where
 * even that fails, the folder is a scope never examined (every check UNKNOWN there), never an empty
 * folder; a scope root nothing can be listed under, or rejected credentials, stop the scan.
 */
class ScopeCoverageTest {

  static String project(String id, String number, String parent) {
    return """
        {"name": "projects/%s", "projectId": "%s", "parent": "%s", "state": "ACTIVE", "displayName": "%s"}"""
        .formatted(number, id, parent, id);
  }

  /** projects.list works on the organization only; folders/7 (city-dev) cannot be listed. */
  private static void foldersProjectsUnlistable(GcpFake fake) {
    fake.fail("/v3/projects", 403, GcpFake.denied("resourcemanager.projects.list"))
        .stub(get(urlPathEqualTo("/v3/projects")).withQueryParam("parent", equalTo("organizations/42")).atPriority(1),
            "{\"projects\": [" + project("city-prod", "100000000001", "organizations/42") + "]}")
        .stub(get(urlPathEqualTo("/v3/folders")).withQueryParam("parent", equalTo("organizations/42")),
            "{\"folders\": [{\"name\": \"folders/7\", \"parent\": \"organizations/42\", \"state\": \"ACTIVE\"}]}")
        .stub(get(urlPathEqualTo("/v3/folders")).withQueryParam("parent", equalTo("folders/7")), "{}");
  }

  @Test
  void aFolderWhoseProjectsCannotBeListed_isSearched_andItsProjectsScanned() throws Exception {
    EstateScan scan = EstateScan.of(Map.of("organization", "42"), fake -> {
      foldersProjectsUnlistable(fake);
      fake.stub(get(urlPathEqualTo("/v3/projects:search")).withQueryParam("query", equalTo("parent:folders/7")),
          "{\"projects\": [" + project("city-dev", "100000000002", "folders/7") + "]}");
    });
    assertThat(scan.run().scopes()).extracting(ScannedScope::account).contains("city-prod", "city-dev");
    assertThat(scan.run().skipped()).isEmpty();
  }

  @Test
  void aFolderWhoseProjectsCanNeitherBeListedNorSearched_leavesNoRequirementMet() throws Exception {
    EstateScan scan = EstateScan.of(Map.of("organization", "42"), fake -> {
      foldersProjectsUnlistable(fake);
      fake.fail("/v3/projects:search", 403, GcpFake.denied("resourcemanager.projects.get"));
    });
    assertThat(scan.run().skipped()).extracting(s -> s.account()).containsExactly("folders/7");
    assertThat(scan.verdicts()).as("verdicts with folders/7 never examined").doesNotContainValue(RequirementStatus.MET)
        .doesNotContainValue(RequirementStatus.NOT_APPLICABLE);
  }

  @Test
  void aScopeRootNothingCanBeListedUnder_stopsTheScanNamingIt() {
    assertThatThrownBy(() -> EstateScan.of(Map.of("folder", "9"), fake -> fake
        .fail("/v3/projects", 403, GcpFake.denied("resourcemanager.projects.list"))
        .fail("/v3/projects:search", 403, GcpFake.denied("resourcemanager.projects.get"))
        .fail("/v3/folders", 403, GcpFake.denied("resourcemanager.folders.list"))))
        .isInstanceOf(ProviderException.class).hasMessageContaining("folders/9").hasMessageContaining("--project");
  }

  @Test
  void rejectedCredentials_withProjectNamed_stopTheScan() {
    assertThatThrownBy(() -> EstateScan.of(Map.of("project", "city-prod"), fake -> fake
        .fail("/v3/projects/city-prod", 401, GcpFake.error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.",
            null, null, null))))
        .isInstanceOf(ProviderException.class).hasMessageContaining("UNAUTHENTICATED");
  }

  @Test
  void rejectedCredentials_withOrganization_stopTheScan() {
    assertThatThrownBy(() -> EstateScan.of(Map.of("organization", "42"), fake -> fake
        .fail("/v3/projects", 401, GcpFake.error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.",
            null, null, null))))
        .isInstanceOf(ProviderException.class).hasMessageContaining("UNAUTHENTICATED");
  }
}
