package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.engine.FactStore;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Scope;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.ScannedScope;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.core.snapshot.SnapshotWriter;
import cloudscan.testkit.NetworkRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCodesTest {

  private static final Scope TOKYO = new Scope(Cloud.AWS, "111122223333", "ap-northeast-1");
  private static final String NOW = "2026-06-01T00:00:00Z";
  /** Everything but network attachments: the test's rule sets are judged on their own. */
  private static final List<String> LOOKED_FOR = cloudscan.core.fact.FactKinds.allKeys().stream()
      .filter(k -> !k.equals("NetworkAttachment")).toList();

  @TempDir
  Path tmp;

  private Path snapshot(List<Fact> facts, List<Gap> gaps) throws Exception {
    FactStore store = new FactStore();
    facts.forEach(store::add);
    ProviderRun run = new ProviderRun("aws", "test", Instant.parse(NOW), Instant.parse(NOW),
        List.of(ScannedScope.of(TOKYO, Scope.Level.LOCATION, List.of(), LOOKED_FOR)), List.of(), Map.of());
    Path p = tmp.resolve("snap-" + System.nanoTime() + ".json");
    new SnapshotWriter().write(new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, "test", Instant.parse(NOW), List.of(run)),
        store, gaps), p);
    return p;
  }

  /** A one-item catalog (3.3 firewalls, 2.1 attestation), so each test controls every input. */
  private Path catalog() throws Exception {
    Path p = tmp.resolve("catalog.json");
    Files.writeString(p, """
        {"schemaVersion": 1, "id": "gate-test", "titleJa": "テスト", "titleEn": "test",
         "sections": [
          {"number": 2, "titleJa": "s2", "titleEn": "s2", "items": [
            {"id": "2.1", "textJa": "認証", "textEn": "certified", "assessment": "ATTEST"}]},
          {"number": 3, "titleJa": "s3", "titleEn": "s3", "items": [
            {"id": "3.3", "textJa": "ファイアウォール", "textEn": "firewalls", "assessment": "AUTO"}]}]}
        """);
    return p;
  }

  /** A valid attestation for 2.1, so only what a test changes decides the exit code. */
  private Path validAttestation() throws Exception {
    Path att = tmp.resolve("valid-att.yaml");
    Files.writeString(att, ATTESTATION.formatted("2027-12-31"));
    return att;
  }

  private static final String ATTESTATION = """
      version: 1
      attestations:
        - requirement: "2.1"
          statement: ISO/IEC 27001 certificate
          attestedBy: vendor
          attestedOn: 2024-01-01
          validUntil: %s
      """;

  private Cli evaluate(Path snap, String... extra) throws Exception {
    String[] base = {"evaluate", "--snapshot", snap.toString(), "--now", NOW, "--out", tmp.resolve("out").toString(),
        "--catalog", catalog().toString()};
    if (!java.util.Arrays.asList(extra).contains("--attestations")) {
      String[] more = java.util.Arrays.copyOf(extra, extra.length + 2);
      more[extra.length] = "--attestations";
      more[extra.length + 1] = validAttestation().toString();
      extra = more;
    }
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return Cli.run(all);
  }

  private static NetworkRule ssh(String source) {
    return NetworkRules.inbound(NetworkRules.tcp(22)).from(source).on("sg-1");
  }

  @Test
  void cleanEstate_exits0() throws Exception {
    assertThat(evaluate(snapshot(List.of(ssh("10.0.0.0/8")), List.of())).exit()).isEqualTo(ExitCode.OK);
  }

  @Test
  void violation_exits1() throws Exception {
    assertThat(evaluate(snapshot(List.of(ssh("0.0.0.0/0")), List.of())).exit()).isEqualTo(ExitCode.NOT_MET);
  }

  @Test
  void violationBelowFailOn_exits0() throws Exception {
    Cli r = evaluate(snapshot(List.of(ssh("0.0.0.0/0")), List.of()), "--fail-on", "critical");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
  }

  @Test
  void gapOnly_isUnknownAndExits3() throws Exception {
    Gap gap = new Gap(TOKYO, "ec2", "DescribeSecurityGroups", GapKind.ACCESS_DENIED,
        "not authorized", List.of("NetworkRule"));
    Cli r = evaluate(snapshot(List.of(), List.of(gap)));
    assertThat(r.exit()).isEqualTo(ExitCode.INCOMPLETE);
    JsonNode report = new ObjectMapper().readTree(tmp.resolve("out/report.json").toFile());
    for (JsonNode req : report.get("requirements")) {
      if (req.get("id").asText().equals("3.3")) {
        assertThat(req.get("status").asText()).isEqualTo("UNKNOWN");
      }
    }
  }

  @Test
  void gapWithAllowIncomplete_exits0() throws Exception {
    Gap gap = new Gap(TOKYO, "ec2", "DescribeSecurityGroups", GapKind.THROTTLED, "slow", List.of("NetworkRule"));
    assertThat(evaluate(snapshot(List.of(), List.of(gap)), "--allow-incomplete").exit()).isEqualTo(ExitCode.OK);
  }

  @Test
  void expiredAttestationOnly_exits4() throws Exception {
    Path att = tmp.resolve("att.yaml");
    Files.writeString(att, ATTESTATION.formatted("2025-12-31"));
    Cli r = evaluate(snapshot(List.of(ssh("10.0.0.0/8")), List.of()), "--attestations", att.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.EXPIRED);
    assertThat(lastLine(r)).isEqualTo("exit 4: attestation for 2.1 expired on 2025-12-31");
  }

  @Test
  void missingAttestation_exits4Too_deletingAnExpiredOneNeverHelps() throws Exception {
    Path empty = tmp.resolve("none.yaml");
    Files.writeString(empty, "version: 1\nattestations: []\n");
    Cli r = evaluate(snapshot(List.of(ssh("10.0.0.0/8")), List.of()), "--attestations", empty.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.EXPIRED);
    assertThat(lastLine(r)).isEqualTo("exit 4: attestation for 2.1 missing");
  }

  @Test
  void everyJudgingCommand_endsWithItsExitCodeAndWhy() throws Exception {
    Cli met = evaluate(snapshot(List.of(ssh("10.0.0.0/8")), List.of()));
    assertThat(lastLine(met)).startsWith("exit 0: ");
    Cli failed = evaluate(snapshot(List.of(ssh("0.0.0.0/0")), List.of()));
    assertThat(lastLine(failed)).isEqualTo("exit 1: requirement 3.3 not met by a failing finding at or above "
        + "--fail-on low");
    Gap gap = new Gap(TOKYO, "ec2", "DescribeSecurityGroups", GapKind.THROTTLED, "slow", List.of("NetworkRule"));
    Cli incomplete = evaluate(snapshot(List.of(), List.of(gap)));
    assertThat(lastLine(incomplete)).startsWith("exit 3: incomplete: 1 collection gap, requirement 3.3 UNKNOWN");
    Cli demo = Cli.run("demo", "--out", tmp.resolve("demo").toString(), "--now", NOW, "--format", "json");
    assertThat(lastLine(demo)).startsWith("exit 0: the demo reports were written (the CI gate would say \"exit 1: ");
  }

  private static String lastLine(Cli r) {
    List<String> lines = r.out().strip().lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void validWaiver_hidesTheFailure_expiredOneDoesNot() throws Exception {
    Path snap = snapshot(List.of(ssh("0.0.0.0/0")), List.of());
    String waiver = """
        version: 1
        waivers:
          - check: net.admin-port-open
            resource: sg-*
            reason: break-glass bastion, IP-restricted at the NACL
            approvedBy: city security team
            approvedOn: 2026-01-01
            expires: %s
        """;
    Path valid = tmp.resolve("valid.yaml");
    Files.writeString(valid, waiver.formatted("2026-12-31"));
    Path expired = tmp.resolve("expired.yaml");
    Files.writeString(expired, waiver.formatted("2026-03-31"));
    assertThat(evaluate(snap, "--waivers", valid.toString()).exit()).isEqualTo(ExitCode.OK);
    assertThat(evaluate(snap, "--waivers", expired.toString()).exit()).isEqualTo(ExitCode.NOT_MET);
  }

  @Test
  void failureBelowFailOnBesideAnUnknown_exits3NotZero() throws Exception {
    // 3.3 has a FAIL (HIGH, below --fail-on critical) and an UNKNOWN (flow logs unreadable).
    Fact unreadableFlowLogs = new cloudscan.core.fact.VirtualNetwork(
        cloudscan.testkit.Refs.aws("ec2-vpc", "vpc-1"), false, cloudscan.core.fact.Known.unread());
    Cli r = evaluate(snapshot(List.of(ssh("0.0.0.0/0"), unreadableFlowLogs), List.of()), "--fail-on", "critical");
    assertThat(r.exit()).isEqualTo(ExitCode.INCOMPLETE);
  }
}
