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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --baseline, --fail-on-new, `cloudscan report` and `cloudscan diff`, end to end through the CLI. */
class BaselineAndDiffTest {

  private static final Scope TOKYO = new Scope(Cloud.AWS, "111122223333", "ap-northeast-1");
  private static final String NOW = "2026-06-01T00:00:00Z";
  /** Everything but network attachments: the test's rule sets are judged on their own. */
  private static final List<String> LOOKED_FOR = cloudscan.core.fact.FactKinds.allKeys().stream()
      .filter(k -> !k.equals("NetworkAttachment")).toList();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  Path catalog;

  @BeforeEach
  void catalog() throws Exception {
    catalog = tmp.resolve("catalog.json");
    Files.writeString(catalog, """
        {"schemaVersion": 1, "id": "gate-test", "titleJa": "テスト", "titleEn": "test",
         "sections": [
          {"number": 3, "titleJa": "s3", "titleEn": "s3", "items": [
            {"id": "3.3", "textJa": "ファイアウォール", "textEn": "firewalls", "assessment": "AUTO"}]}]}
        """);
  }

  private Path snapshot(String name, List<Fact> facts) throws Exception {
    FactStore store = new FactStore();
    facts.forEach(store::add);
    ProviderRun run = new ProviderRun("aws", "test", Instant.parse(NOW), Instant.parse(NOW),
        List.of(ScannedScope.of(TOKYO, Scope.Level.LOCATION, List.of(), LOOKED_FOR)), List.of(), Map.of());
    Path p = tmp.resolve(name + ".snapshot.json");
    new SnapshotWriter().write(new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, "test", Instant.parse(NOW), List.of(run)),
        store, List.of()), p);
    return p;
  }

  private static NetworkRule ssh(String source, String sg) {
    return NetworkRules.inbound(NetworkRules.tcp(22)).from(source).on(sg);
  }

  /** Evaluates into tmp/out-NAME and returns the run; extra args go last. */
  private Cli evaluate(String name, Path snap, String... extra) {
    List<String> args = new ArrayList<>(List.of("evaluate", "--snapshot", snap.toString(), "--now", NOW,
        "--catalog", catalog.toString(), "--out", out(name).toString(), "--format", "json,html,markdown"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private Path out(String name) {
    return tmp.resolve("out-" + name);
  }

  private Path report(String name) {
    return out(name).resolve("report.json");
  }

  /** The previous run: one open SSH port on sg-1. */
  private Path baseline() throws Exception {
    Cli r = evaluate("before", snapshot("before", List.of(ssh("0.0.0.0/0", "sg-1"))));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.NOT_MET);
    return report("before");
  }

  @Test
  void sameFailuresAsTheBaseline_areUnchanged_andFailOnNewPasses() throws Exception {
    Path base = baseline();
    Path snap = snapshot("same", List.of(ssh("0.0.0.0/0", "sg-1")));
    Cli plain = evaluate("plain", snap, "--baseline", base.toString());
    assertThat(plain.exit()).as("without --fail-on-new the gate is unchanged").isEqualTo(ExitCode.NOT_MET);
    assertThat(plain.out()).containsPattern("Since the baseline: 0 new, \\d+ unchanged, 0 resolved");
    Cli r = evaluate("same", snap, "--baseline", base.toString(), "--fail-on-new");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode report = JSON.readTree(report("same").toFile());
    JsonNode f = report.path("requirements").get(0).path("findings").get(0);
    assertThat(f.path("status").asText()).isEqualTo("FAIL");
    assertThat(f.path("baseline").asText()).isEqualTo("UNCHANGED");
    assertThat(report.path("resolved")).isEmpty();
    assertThat(report.path("summary").path("baseline").path("new").asInt()).isZero();
  }

  @Test
  void aNewFailure_failsTheGate_andIsMarkedNewInEveryFormat() throws Exception {
    Path base = baseline();
    Path snap = snapshot("more", List.of(ssh("0.0.0.0/0", "sg-1"), ssh("0.0.0.0/0", "sg-2")));
    Cli r = evaluate("more", snap, "--baseline", base.toString(), "--fail-on-new");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.NOT_MET);
    JsonNode report = JSON.readTree(report("more").toFile());
    List<String> marks = new ArrayList<>();
    report.path("requirements").get(0).path("findings").forEach(f -> marks.add(
        f.path("resource").path("id").asText() + "=" + f.path("baseline").asText()));
    assertThat(marks).anyMatch(m -> m.contains("sg-2") && m.endsWith("=NEW"))
        .anyMatch(m -> m.contains("sg-1") && m.endsWith("=UNCHANGED"));
    String html = Files.readString(out("more").resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("class=\"badge new\"");
    String md = Files.readString(out("more").resolve("report.md"), StandardCharsets.UTF_8);
    assertThat(md).contains("新規 1 件").contains("解消 0 件");
  }

  @Test
  void aNewFailureBelowFailOn_passesTheGate() throws Exception {
    Path base = baseline();
    Path snap = snapshot("below", List.of(ssh("0.0.0.0/0", "sg-1"), ssh("0.0.0.0/0", "sg-2")));
    Cli r = evaluate("below", snap, "--baseline", base.toString(), "--fail-on-new", "--fail-on", "critical");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
  }

  @Test
  void aFixedFailure_isResolved() throws Exception {
    Path base = baseline();
    Cli r = evaluate("fixed", snapshot("fixed", List.of(ssh("10.0.0.0/8", "sg-1"))), "--baseline", base.toString(),
        "--fail-on-new");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode report = JSON.readTree(report("fixed").toFile());
    assertThat(report.path("resolved")).hasSize(1);
    assertThat(report.path("resolved").get(0).path("status").asText()).isEqualTo("FAIL");
    assertThat(r.out()).containsPattern("0 new, \\d+ unchanged, 1 resolved");
  }

  @Test
  void failOnNewWithoutBaseline_isAUsageError_andWritesNothing() throws Exception {
    Cli r = evaluate("nobase", snapshot("nobase", List.of()), "--fail-on-new");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--fail-on-new").contains("--baseline");
    assertThat(out("nobase")).doesNotExist();
  }

  @Test
  void demoAcceptsABaselineToo() throws Exception {
    Path first = tmp.resolve("demo1");
    assertThat(Cli.run("demo", "--out", first.toString(), "--now", NOW, "--format", "json").exit()).isZero();
    Cli again = Cli.run("demo", "--out", tmp.resolve("demo2").toString(), "--now", NOW, "--format", "json",
        "--baseline", first.resolve("report.json").toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("Since the baseline: 0 new,").contains("0 resolved");
  }

  @Test
  void report_rendersAgain_byteForByte_withoutScanning() throws Exception {
    Path base = baseline();
    Path again = tmp.resolve("again");
    Cli r = Cli.run("report", "--from", base.toString(), "--format", "json,sarif,junit,markdown,csv,html",
        "--lang", "en", "--out", again.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(again.resolve("report.json"))).isEqualTo(Files.readAllBytes(base));
    assertThat(again.resolve("report.sarif")).isNotEmptyFile();
    assertThat(again.resolve("report.junit.xml")).isNotEmptyFile();
    assertThat(Files.readString(again.resolve("report.md"), StandardCharsets.UTF_8)).contains("Not met");
    try (var files = Files.list(again)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no staging directory left behind").noneMatch(n -> n.startsWith(".staging"));
    }
  }

  @Test
  void report_ofAReportWithABaseline_keepsTheMarks() throws Exception {
    Path base = baseline();
    evaluate("more", snapshot("more", List.of(ssh("0.0.0.0/0", "sg-1"), ssh("0.0.0.0/0", "sg-2"))),
        "--baseline", base.toString());
    Path again = tmp.resolve("again");
    Cli r = Cli.run("report", "--from", report("more").toString(), "--format", "json,html", "--out", again.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readAllBytes(again.resolve("report.json"))).isEqualTo(Files.readAllBytes(report("more")));
    assertThat(Files.readString(again.resolve("report.html"), StandardCharsets.UTF_8)).contains("class=\"badge new\"");
  }

  @Test
  void report_withABaseline_addsTheComparison() throws Exception {
    Path base = baseline();
    evaluate("more", snapshot("more", List.of(ssh("0.0.0.0/0", "sg-1"), ssh("0.0.0.0/0", "sg-2"))));
    Path again = tmp.resolve("again");
    Cli r = Cli.run("report", "--from", report("more").toString(), "--baseline", base.toString(),
        "--format", "json", "--out", again.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode report = JSON.readTree(again.resolve("report.json").toFile());
    assertThat(report.path("summary").path("baseline").path("new").asInt()).isEqualTo(1);
    assertThat(report.path("resolved")).isEmpty();
  }

  @Test
  void report_unknownFormat_isAUsageError_beforeReading() {
    Cli r = Cli.run("report", "--from", tmp.resolve("nope.json").toString(), "--format", "pdf",
        "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("unknown format 'pdf'");
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void diff_listsNewResolvedAndStatusChanges_andExits1OnANewFailure() throws Exception {
    Path base = baseline();
    evaluate("swap", snapshot("swap", List.of(ssh("0.0.0.0/0", "sg-2"))));
    evaluate("clean", snapshot("clean", List.of(ssh("10.0.0.0/8", "sg-1"))));

    Cli swap = Cli.run("diff", base.toString(), report("swap").toString());
    assertThat(swap.exit()).as(swap.err()).isEqualTo(ExitCode.NOT_MET);
    assertThat(swap.out()).contains("New findings (1):").contains("Resolved findings (1; fixed or gone):")
        .contains("Requirement status changes (0):").containsPattern("\\+ FAIL .*sg-2")
        .containsPattern("- FAIL .*sg-1");

    Cli clean = Cli.run("diff", base.toString(), report("clean").toString());
    assertThat(clean.exit()).as(clean.err()).isEqualTo(ExitCode.OK);
    assertThat(clean.out()).contains("New findings (0):").contains("Resolved findings (1; fixed or gone):")
        .containsPattern("3\\.3 +NOT_MET -> MET");

    Cli same = Cli.run("diff", base.toString(), base.toString());
    assertThat(same.exit()).isEqualTo(ExitCode.OK);
    assertThat(same.out()).contains("0 new (0 failing at or above --fail-on low), 0 resolved, 0 now waived, 0 not assessed, 0 status change(s)");
  }

  @Test
  void diff_asJson() throws Exception {
    Path base = baseline();
    evaluate("clean", snapshot("clean", List.of(ssh("10.0.0.0/8", "sg-1"))));
    Cli r = Cli.run("diff", base.toString(), report("clean").toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode d = JSON.readTree(r.out());
    assertThat(d.path("added")).isEmpty();
    assertThat(d.path("resolved")).hasSize(1);
    assertThat(d.path("resolved").get(0).path("checkId").asText()).isEqualTo("net.admin-port-open");
    assertThat(d.path("statusChanges").get(0).path("from").asText()).isEqualTo("NOT_MET");
    assertThat(d.path("statusChanges").get(0).path("to").asText()).isEqualTo("MET");
    assertThat(d.path("newFailures").asInt()).isZero();
  }

  @Test
  void diff_ofABrokenFile_exits2() throws Exception {
    Path base = baseline();
    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": 1, \"tool\": ");
    Cli r = Cli.run("diff", base.toString(), broken.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: " + broken + ":1").doesNotContain("\n");
  }

  @Test
  void aFailureTheNewRunCouldNotLookAt_isNotAssessed_neverResolved() throws Exception {
    // False-resolved case: access denied to the firewall rules hides the open port; nothing was fixed.
    Path base = baseline();
    Path gapped = tmp.resolve("gapped.snapshot.json");
    FactStore store = new FactStore();
    ProviderRun run = new ProviderRun("aws", "test", Instant.parse(NOW), Instant.parse(NOW),
        List.of(ScannedScope.of(TOKYO, Scope.Level.LOCATION, List.of(), LOOKED_FOR)), List.of(), Map.of());
    Gap denied = new Gap(TOKYO, "ec2", "DescribeSecurityGroups", GapKind.ACCESS_DENIED, "denied", List.of("NetworkRule"));
    new SnapshotWriter().write(new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, "test",
        Instant.parse(NOW), List.of(run)), store, List.of(denied)), gapped);
    evaluate("gapped", gapped, "--baseline", base.toString());

    Cli text = Cli.run("diff", base.toString(), report("gapped").toString());
    assertThat(text.out()).contains("Resolved findings (0; fixed or gone):").contains("Not assessed now (1;")
        .containsPattern("\\? FAIL .*sg-1").contains("1 earlier finding(s) not assessed by NEW (not resolved)");
    JsonNode d = JSON.readTree(Cli.run("diff", base.toString(), report("gapped").toString(), "--format", "json").out());
    assertThat(d.path("resolved")).isEmpty();
    assertThat(d.path("notAssessed")).hasSize(1);
    JsonNode report = JSON.readTree(report("gapped").toFile());
    assertThat(report.path("resolved")).isEmpty();
    assertThat(report.path("notAssessed")).hasSize(1);
  }

  @Test
  void aFailureOfAnExcludedCheck_isNotAssessed_neverResolved() throws Exception {
    Path base = baseline();
    evaluate("excluded", snapshot("excluded", List.of(ssh("0.0.0.0/0", "sg-1"))),
        "--exclude-checks", "net.admin-port-open");
    JsonNode d = JSON.readTree(Cli.run("diff", base.toString(), report("excluded").toString(), "--format", "json").out());
    assertThat(d.path("resolved")).isEmpty();
    assertThat(d.path("notAssessed")).extracting(n -> n.path("checkId").asText()).contains("net.admin-port-open");
  }

  @Test
  void diff_tellsNowWaivedFromResolved_inTextAndJson() throws Exception {
    Path base = baseline();
    Path waivers = tmp.resolve("waivers.yaml");
    Files.writeString(waivers, """
        version: 1
        waivers:
          - check: net.admin-port-open
            resource: sg-1
            reason: bastion behind the office VPN
            approvedBy: city security team
            approvedOn: 2026-05-01
            expires: 2026-12-31
        """);
    Cli waived = evaluate("waived", snapshot("waived", List.of(ssh("0.0.0.0/0", "sg-1"))),
        "--waivers", waivers.toString());
    assertThat(waived.exit()).as(waived.err()).isEqualTo(ExitCode.OK);

    Cli text = Cli.run("diff", base.toString(), report("waived").toString());
    assertThat(text.out()).contains("Resolved findings (0; fixed or gone):")
        .contains("Now waived (1; still there, covered by a valid waiver):").containsPattern("~ FAIL .*sg-1");
    Cli json = Cli.run("diff", base.toString(), report("waived").toString(), "--format", "json");
    JsonNode d = JSON.readTree(json.out());
    assertThat(d.path("resolved")).isEmpty();
    assertThat(d.path("nowWaived")).hasSize(1);
    assertThat(d.path("nowWaived").get(0).path("resource").path("id").asText()).isEqualTo("sg-1");
  }
}
