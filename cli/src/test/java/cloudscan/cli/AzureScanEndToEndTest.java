package cloudscan.cli;

import static cloudscan.azure.testing.AzureFake.SUB;
import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.azure.testing.AzureFake;
import cloudscan.azure.testing.FakeEstate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudscan scan --provider azure} end to end, as a user runs it: the real CLI in its own JVM,
 * signed in with {@code --azure-auth cli} through a stub {@code az} on the PATH, against the HTTPS
 * fake of Resource Manager and Microsoft Graph (trusted through {@code javax.net.ssl.trustStore}),
 * serving an estate with planted violations and their compliant twins, and denying Defender for
 * Cloud pricings as a real role assignment would. Verdicts are asserted per requirement.
 */
class AzureScanEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String S = "/subscriptions/" + SUB;

  @TempDir
  static Path tmp;

  private static AzureFake fake;
  private static int exit;
  private static String stderr;
  private static JsonNode report;
  private static List<String> azCalls;

  @BeforeAll
  static void scan() throws Exception {
    fake = AzureFake.start();
    estate(fake);
    Path bin = stubAz(tmp.resolve("bin"));
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djavax.net.ssl.trustStore=" + AzureFake.keystore(), "-Djavax.net.ssl.trustStorePassword=changeit",
        "-Djavax.net.ssl.trustStoreType=PKCS12", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "cloudscan.cli.Main", "scan", "--provider", "azure", "--azure-auth", "cli",
        "--azure-endpoint", fake.base(), "--graph-endpoint", fake.base(), "--option", "max-attempts=1",
        "--now", "2026-11-26T00:00:00Z", "--out", tmp.resolve("scan").toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("cli.log").toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("AZ_STUB_LOG", tmp.resolve("az.log").toString());
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the scan did not finish in 180 s");
    }
    exit = p.exitValue();
    stderr = Files.readString(tmp.resolve("cli.log"));
    Path json = tmp.resolve("scan/report.json");
    report = Files.exists(json) ? JSON.readTree(json.toFile()) : null;
    azCalls = Files.exists(tmp.resolve("az.log")) ? Files.readAllLines(tmp.resolve("az.log")) : List.of();
  }

  @AfterAll
  static void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  /** A stand-in for the Azure CLI: prints a token as {@code az account get-access-token} does, and logs its arguments. */
  private static Path stubAz(Path bin) throws IOException {
    Files.createDirectories(bin);
    Path az = bin.resolve("az");
    Files.writeString(az, "#!/bin/sh\necho \"$@\" >> \"$AZ_STUB_LOG\"\n"
        + "echo '{\"accessToken\": \"fake-cli-token\", \"expiresOn\": \"2099-12-31 00:00:00.000000\", "
        + "\"expires_on\": 4102358400, \"subscription\": \"" + SUB + "\", \"tenant\": \"" + AzureFake.TENANT
        + "\", \"tokenType\": \"Bearer\"}'\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  /** The fake estate (scanner-azure's test kit): compliant and violating twins; Defender pricings denied. */
  private static void estate(AzureFake f) {
    FakeEstate.stub(f);
    f.get("/subscriptions", subscriptions());
    f.error("GET", S + "/providers/Microsoft.Security/pricings", 403, "AuthorizationFailed");
  }

  private static String subscriptions() {
    try {
      return new String(AzureScanEndToEndTest.class.getResourceAsStream("/azure/subscriptions.json").readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String status(String requirement, String checkId, String idPart) {
    List<String> hits = statuses(requirement, checkId, idPart);
    assertThat(hits).as("%s findings on %s under %s", checkId, idPart, requirement).hasSize(1);
    return hits.get(0);
  }

  private static List<String> statuses(String requirement, String checkId, String idPart) {
    assertThat(report).as("report.json was written; CLI output:%n%s", stderr).isNotNull();
    List<String> hits = new ArrayList<>();
    for (JsonNode f : requirement(requirement).get("findings")) {
      if (f.get("checkId").asText().equals(checkId) && f.get("resource").get("id").asText().contains(idPart)) {
        hits.add(f.get("status").asText());
      }
    }
    return hits;
  }

  private static JsonNode requirement(String id) {
    for (JsonNode r : report.get("requirements")) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no requirement " + id);
  }

  @Test
  void scan_signsInThroughTheAzureCli_andExitsNotMet() {
    assertThat(List.of(exit, azCalls.stream().anyMatch(a -> a.contains("get-access-token"))))
        .as(stderr).containsExactly(ExitCode.NOT_MET, true);
  }

  @Test
  void nothingButReadsReachedTheFake() {
    assertThat(fake.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.getMethod().getName().equals("GET")
        || r.getUrl().startsWith("/providers/Microsoft.ResourceGraph/resources")).as(r.getMethod() + " " + r.getUrl()).isTrue());
  }

  @Test
  void sshFromTheInternet_failsUnder33_andItsPrivateTwinPasses() {
    assertThat(List.of(status("3.3", "net.admin-port-open", "/nsg-open"), status("3.3", "net.admin-port-open", "/nsg-internal")))
        .containsExactly("FAIL", "PASS");
  }

  @Test
  void tls10Storage_failsUnder36_andTls12Passes() {
    assertThat(List.of(status("3.6", "crypto.tls-too-old", "/stlegacy"), status("3.6", "crypto.tls-too-old", "/stjuminhyo")))
        .containsExactly("FAIL", "PASS");
  }

  @Test
  void rsa1024Key_failsUnder36_andRsaHsm3072Passes() {
    assertThat(List.of(status("3.6", "crypto.key-too-weak", "/keys/legacy-import"),
        status("3.6", "crypto.key-too-weak", "/keys/cmk-storage"))).containsExactly("FAIL", "PASS");
  }

  @Test
  void vaultOpenToEveryNetwork_failsUnder34() {
    assertThat(List.of(status("3.4", "exposure.public-endpoint-open", "vaults/kv-open"),
        status("3.4", "exposure.public-endpoint-open", "vaults/kv-locked"))).containsExactly("FAIL", "PASS");
  }

  @Test
  void activityLogsDeletedAfter180Days_failUnder32_andTheTableKept730DaysPasses() {
    assertThat(List.of(status("3.2", "audit.log-retention-short", "containers/insights-activity-logs"),
        status("3.2", "audit.log-retention-short", "tables/azureactivity"))).containsExactly("FAIL", "PASS");
  }

  @Test
  void storageAccountInEastUs_andACosmosReadRegionInSoutheastAsia_failUnder11() {
    assertThat(List.of(status("1.1", "residency.outside-japan", "storageaccounts/stabroad"),
        status("1.1", "residency.replica-outside-japan", "databaseaccounts/cosmos-analytics"),
        status("1.1", "residency.replica-outside-japan", "databaseaccounts/cosmos-juminhyo")))
        .containsExactly("FAIL", "FAIL", "PASS");
  }

  @Test
  void theServiceReadingOfALocation_winsOverTheInventory() {
    assertThat(status("1.1", "residency.outside-japan", "databaseaccounts/cosmos-analytics")).isEqualTo("PASS");
  }

  @Test
  void guestAndLighthouseTenant_failUnder28() {
    assertThat(List.of(status("2.8", "iam.external-principal", "5c6d7e8f-0000-4000-8000-00000000000a"),
        status("2.8", "iam.external-principal", "0f2a3b4c-0000-4000-8000-000000000005"))).containsExactly("FAIL", "FAIL");
  }

  @Test
  void deniedDefenderPricings_isAnAccessDeniedGap_andKeeps25FromBeingMet() {
    assertThat(report.get("gaps")).anySatisfy(g -> assertThat(List.of(g.get("kind").asText(), g.get("service").asText(),
        g.get("operation").asText())).containsExactly("ACCESS_DENIED", "security", "security:Pricings_List"));
    assertThat(List.of(requirement("2.5").get("status").asText(),
        statuses("2.5", "detect.threat-detection-off", SUB).contains("UNKNOWN"))).containsExactly("UNKNOWN", true);
  }

  @Test
  void sqlServerOpenToAllAzureServices_failsUnder34() {
    assertThat(List.of(status("3.4", "exposure.public-endpoint-open", "servers/sql-open"),
        status("3.4", "exposure.public-endpoint-open", "servers/sql-locked"))).containsExactly("FAIL", "PASS");
  }

  @Test
  void vmWithAPublicIpAndNoBastion_failsUnder311_andOneBehindBastionPasses() {
    assertThat(List.of(status("3.11", "exposure.server-without-managed-access", "virtualmachines/vm-iso"),
        status("3.11", "exposure.server-without-managed-access", "virtualmachines/vm-web"))).containsExactly("FAIL", "PASS");
  }

  @Test
  void vaultWithoutImmutability_failsUnder312_andTheLockedOnePasses() {
    assertThat(List.of(status("3.12", "backup.vault-not-immutable", "vaults/rsv-open"),
        status("3.12", "backup.vault-not-immutable", "vaults/rsv-locked"))).containsExactly("FAIL", "PASS");
  }

  @Test
  void snapshot_reEvaluatesToTheSameRequirementStatuses() throws Exception {
    Cli again = Cli.run("evaluate", "--snapshot", tmp.resolve("scan/snapshot.json").toString(),
        "--now", "2026-11-26T00:00:00Z", "--out", tmp.resolve("again").toString());
    JsonNode second = JSON.readTree(tmp.resolve("again/report.json").toFile());
    List<String> first = new ArrayList<>();
    List<String> later = new ArrayList<>();
    report.get("requirements").forEach(r -> first.add(r.get("id").asText() + "=" + r.get("status").asText()));
    second.get("requirements").forEach(r -> later.add(r.get("id").asText() + "=" + r.get("status").asText()));
    assertThat(later).as(again.err()).isEqualTo(first);
  }

  @Test
  void permissions_printsTheGeneratedRole_asCommittedInDocs() throws Exception {
    Cli role = Cli.run("permissions", "--provider", "azure");
    Path committed = Path.of(System.getProperty("basedir", ".")).resolve("../docs/azure/cloudscan-reader-role.json").normalize();
    assertThat(List.of(role.exit(), role.out().strip())).as(role.err())
        .containsExactly(0, Files.readString(committed, StandardCharsets.UTF_8).strip());
  }

  @Test
  void disabledSubscription_isListedAsNotScanned_notJudged() {
    assertThat(report.toString()).contains("66666666-7777-8888-9999-000000000000");
    assertThat(statuses("1.1", "residency.outside-japan", "fujisawa-vendor.example")).isEmpty();
  }

  @Test
  void plainHttpAcceptedByStorageAppServiceGatewayAndFrontDoor_failsUnder36_andTheirHttpsOnlyTwinsPass() {
    assertThat(List.of(status("3.6", "crypto.tls-too-old", "storageaccounts/sthttp"),
        status("3.6", "crypto.tls-too-old", "sites/app-legacy/ftp"), status("3.6", "crypto.tls-too-old", "sites/app-secure"),
        status("3.6", "crypto.tls-too-old", "httplisteners/http-intra"),
        status("3.6", "crypto.tls-too-old", "customdomains/legacy-city"),
        status("3.6", "crypto.tls-too-old", "customdomains/www-city")))
        .containsExactly("FAIL", "FAIL", "PASS", "FAIL", "FAIL", "PASS");
  }

  @Test
  void gatewayPolicyWith3des_failsWeakCiphersUnder36_andThePredefined2022PolicyPasses() {
    assertThat(List.of(status("3.6", "crypto.tls-weak-ciphers", "httplisteners/https-intra"),
        status("3.6", "crypto.tls-weak-ciphers", "httplisteners/https-www"))).containsExactly("FAIL", "PASS");
  }

  @Test
  void managedHsmKeyWithoutRotation_failsUnder36_andItsRotatedTwinPasses() {
    assertThat(List.of(status("3.6", "crypto.key-rotation-off", "keys/signing-hsm"),
        status("3.6", "crypto.key-rotation-off", "keys/cmk-hsm"))).containsExactly("FAIL", "PASS");
  }

  @Test
  void certificatesOnACustomEndpointWithoutKeyVaultSuffix_areAnUnsupportedGap_neverAPass() {
    assertThat(report.get("gaps")).anySatisfy(g -> assertThat(List.of(g.get("kind").asText(), g.get("service").asText()))
        .containsExactly("UNSUPPORTED", "keyvault-certificates"));
    assertThat(statuses("3.6", "crypto.certificate-weak", "")).doesNotContain("PASS").contains("UNKNOWN");
  }

  @Test
  void securityPatchReleasedSixWeeksAgo_failsUnder313_andTheOneReleasedYesterdayPasses() {
    assertThat(statuses("3.13", "patch.fix-overdue", "virtualmachines/vm-web")).containsExactlyInAnyOrder("FAIL", "PASS");
    assertThat(requirement("3.13").get("status").asText()).isEqualTo("NOT_MET");
  }

  @Test
  void firewallDnatOfSshFromAnywhere_failsUnder33_andDnatFromTheOfficePasses() {
    assertThat(List.of(status("3.3", "net.admin-port-open", "firewallpolicies/fwp-hub"),
        status("3.3", "net.admin-port-open", "azurefirewalls/fw-classic"))).containsExactly("FAIL", "PASS");
  }

  @Test
  void customerKeyDisk_isEncryptedWithItsKeyVaultKey_under36() {
    assertThat(status("3.6", "crypto.encryption-at-rest-off", "disks/disk-juminhyo-data")).isEqualTo("PASS");
  }
}
