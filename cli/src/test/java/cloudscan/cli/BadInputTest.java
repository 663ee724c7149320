package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {

  @TempDir
  Path tmp;

  private Path file(String name, String content) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void truncatedSnapshot_exits2WithOneLineAndWritesNothing() throws Exception {
    Path snap = file("snap.json", "{\"format\":\"cloudscan-snapshot\",\"formatVersion\":1,\"facts\":[{\"kind\":\"Located\"");
    Path out = tmp.resolve("out");
    Cli r = Cli.run("evaluate", "--snapshot", snap.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).startsWith("error: " + snap + ":1:").doesNotContain("\n").doesNotContain("at cloudscan");
    assertThat(out).doesNotExist();
  }

  @Test
  void missingSnapshot_exits2() {
    Cli r = Cli.run("evaluate", "--snapshot", tmp.resolve("nope.json").toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void debug_showsTheStackTrace() throws Exception {
    Path snap = file("snap.json", "[]");
    Cli r = Cli.run("--debug", "evaluate", "--snapshot", snap.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("at cloudscan.");
  }

  @Test
  void malformedCatalog_namesFileLineAndField() throws Exception {
    Path cat = file("cat.json", """
        {"schemaVersion": 1, "id": "x", "titleJa": "t", "titleEn": "t",
         "sections": [{"number": 1, "titleJa": "s", "titleEn": "s", "items": [
           {"id": "1.1", "textJa": "a", "textEn": "a", "assessment": "SOMETIMES"}]}]}
        """);
    Cli r = Cli.run("requirements", "--catalog", cat.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(cat + ":3:").contains("sections[0].items[0].assessment")
        .contains("AUTO, PARTIAL, ATTEST");
  }

  @Test
  void waiverWithoutApprover_isRejected() throws Exception {
    Path w = file("waivers.yaml", """
        version: 1
        waivers:
          - check: net.admin-port-open
            reason: legacy bastion
            approvedOn: 2026-01-01
            expires: 2026-12-31
        """);
    Cli r = Cli.run("demo", "--waivers", w.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(w + ":3:").contains("waivers[0].approvedBy");
  }

  @Test
  void waiverForUnknownCheck_isRejected() throws Exception {
    Path w = file("waivers.yaml", """
        version: 1
        waivers:
          - check: net.no-such-check
            reason: x
            approvedBy: someone
            approvedOn: 2026-01-01
            expires: 2026-12-31
        """);
    Cli r = Cli.run("demo", "--waivers", w.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("unknown check ID 'net.no-such-check'");
  }

  @Test
  void attestationWithWrongDate_isRejected() throws Exception {
    Path a = file("att.yaml", """
        version: 1
        attestations:
          - requirement: "2.1"
            statement: certified
            attestedBy: someone
            attestedOn: yesterday
            validUntil: 2027-01-01
        """);
    Cli r = Cli.run("demo", "--attestations", a.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(a + ":6:").contains("attestedOn").contains("YYYY-MM-DD");
  }

  @Test
  void unknownFormat_isAUsageError() {
    Cli r = Cli.run("demo", "--format", "pdf", "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("unknown format 'pdf'");
  }

  @Test
  void unknownOption_isAUsageError() {
    Cli r = Cli.run("demo", "--colour");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--colour");
  }

  @Test
  void unknownProvider_isAUsageError() {
    Cli r = Cli.run("scan", "--provider", "oci", "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("no provider 'oci'").contains("aws");
  }

  @Test
  void aSnapshotThatIsNotUtf8_isToldToBeSavedAsUtf8() throws Exception {
    Path snap = tmp.resolve("sjis.json");
    Files.write(snap, "{\"format\":\"cloudscan-snapshot\",\"toolVersion\":\"テスト\"}"
        .getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
    Cli r = Cli.run("evaluate", "--snapshot", snap.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("save it as UTF-8").doesNotContain("Exception");
  }
}
