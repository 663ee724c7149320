package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir
  Path tmp;

  private Path demoFile(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/cloudscan/demo/" + name)) {
      Path p = tmp.resolve(name);
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  @Test
  void validFiles_exit0_andListExpiredEntriesAsNotes() throws Exception {
    Path w = demoFile("waivers.yaml");
    Path a = demoFile("attestations.yaml");
    Cli r = Cli.run("validate", "--waivers", w.toString(), "--attestations", a.toString(),
        "--now", "2026-11-26T00:00:00Z");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("ok: " + w + ": 2 waivers").contains("ok: " + a + ": 4 attestations")
        .contains("note: " + a + ":").contains("attestation for 2.1 expired on 2025-03-31");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void badAttestations_exit2WithFileLineField() throws Exception {
    Path a = tmp.resolve("a.yaml");
    Files.writeString(a, """
        version: 1
        attestations:
          - requirement: "2.1"
            statement: certified
            attestedOn: 2026-01-01
            validUntil: 2027-01-01
        """);
    Cli r = Cli.run("validate", "--attestations", a.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(a + ":3:").contains("attestations[0].attestedBy");
    assertThat(r.out()).doesNotContain("ok:");
  }

  @Test
  void badWaivers_exit2_evenWhenTheAttestationsAreFine() throws Exception {
    Path w = tmp.resolve("w.yaml");
    Files.writeString(w, """
        version: 1
        waivers:
          - check: net.no-such-check
            reason: x
            approvedBy: someone
            approvedOn: 2026-01-01
            expires: 2026-12-31
        """);
    Cli r = Cli.run("validate", "--waivers", w.toString(), "--attestations", demoFile("attestations.yaml").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains(w + ":3:").contains("unknown check ID 'net.no-such-check'");
    assertThat(r.out()).doesNotContain("ok:");
  }

  @Test
  void attestationsAreCheckedAgainstTheGivenCatalog() throws Exception {
    Path cat = tmp.resolve("cat.json");
    Files.writeString(cat, """
        {"schemaVersion": 1, "id": "other-city", "titleJa": "他市", "titleEn": "Other city",
         "sections": [{"number": 1, "titleJa": "s", "titleEn": "s", "items": [
           {"id": "1.2", "textJa": "表明", "textEn": "attest me", "assessment": "ATTEST"}]}]}
        """);
    Cli r = Cli.run("validate", "--catalog", cat.toString(), "--attestations", demoFile("attestations.yaml").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("attestations[1].requirement").contains("2.1 is not in the catalog");

    Cli catOnly = Cli.run("validate", "--catalog", cat.toString());
    assertThat(catOnly.exit()).as(catOnly.err()).isZero();
    assertThat(catOnly.out()).contains("catalog other-city, 1 requirements");
  }

  @Test
  void untouchedTemplate_isInvalid() throws Exception {
    Path t = tmp.resolve("attestations.yaml");
    assertThat(Cli.run("attest", "--template", "--out", t.toString()).exit()).isZero();
    Cli r = Cli.run("validate", "--attestations", t.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("fill in this field");
  }

  @Test
  void noFile_isAUsageError() {
    Cli r = Cli.run("validate");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("--waivers").contains("--attestations");
  }

  @Test
  void missingFile_exit2() {
    Cli r = Cli.run("validate", "--waivers", tmp.resolve("nope.yaml").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("nope.yaml").contains("cannot read");
  }

  @Test
  void everyProblemOfEveryFile_isReported_notOnlyTheFirst() throws Exception {
    Path w = tmp.resolve("w.yaml");
    Files.writeString(w, """
        version: 1
        waivers:
          - check: net.no-such-check
            resource: sg-1
            reason: x
            approvedBy: someone
            approvedOn: 2026-01-01
            expires: 2026-12-31
          - check: net.admin-port-open
            resource: sg-2
            reason: y
            approvedOn: 2026-01-01
            expires: someday
          - check: net.admin-port-open
            resource: sg-3
            colour: red
            reason: z
            approvedBy: someone
            approvedOn: 2026-01-01
            expires: 2026-12-31
        """);
    Path a = tmp.resolve("a.yaml");
    Files.writeString(a, """
        version: 1
        attestations:
          - requirement: "9.9"
            statement: certified
            attestedBy: vendor
            attestedOn: 2026-01-01
            validUntil: 2027-01-01
        """);
    Cli r = Cli.run("validate", "--waivers", w.toString(), "--attestations", a.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().lines()).containsExactly(
        "error: " + w + ":3: field 'waivers[0].check': unknown check ID 'net.no-such-check' (see `cloudscan checks`)",
        "error: " + w + ":13: field 'waivers[1].expires': value 'someday' is not a valid date (expected YYYY-MM-DD)",
        "error: " + w + ":16: field 'waivers[2].colour': unknown field 'colour' (expected one of account, approvedBy, "
            + "approvedOn, category, check, expires, location, reason, reference, resource)",
        "error: " + a + ":3: field 'attestations[0].requirement': requirement 9.9 is not in the catalog");
  }

  @Test
  void aTabInYaml_isNamedWithItsLine() throws Exception {
    Path w = tmp.resolve("tab.yaml");
    Files.writeString(w, "version: 1\nwaivers:\n\t- check: net.admin-port-open\n");
    Cli r = Cli.run("validate", "--waivers", w.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("error: " + w + ":3: a tab character: YAML indents with spaces only; "
        + "replace the tab with spaces");
  }

  @Test
  void aShiftJisFile_isToldToBeSavedAsUtf8() throws Exception {
    Path a = tmp.resolve("sjis.yaml");
    Files.write(a, """
        version: 1
        attestations:
          - requirement: "2.1"
            statement: 認証を取得済み
        """.getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
    Cli r = Cli.run("validate", "--attestations", a.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("error: " + a + ":4: the file is not UTF-8 text (Shift_JIS or another "
        + "encoding?): save it as UTF-8").doesNotContain("Exception");
  }

  @Test
  void nowAsAPlainDate_isTheStartOfThatDayInJapan() throws Exception {
    Path a = demoFile("attestations.yaml");
    // 2.1 is valid until 2025-03-31 (the last day, in Japan): on 2025-03-31 valid, on 2025-04-01 expired.
    Cli lastDay = Cli.run("validate", "--attestations", a.toString(), "--now", "2025-03-31");
    assertThat(lastDay.out()).doesNotContain("attestation for 2.1 expired");
    Cli dayAfter = Cli.run("validate", "--attestations", a.toString(), "--now", "2025-04-01");
    assertThat(dayAfter.out()).contains("attestation for 2.1 expired on 2025-03-31");
  }

  @Test
  void badNow_saysWhatItExpects_withoutJavaNames() {
    Cli r = Cli.run("validate", "--attestations", "x.yaml", "--now", "2026-04-31");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("'2026-04-31' is not a date or time").contains("YYYY-MM-DD")
        .doesNotContain("Exception").doesNotContain("java.");
  }
}
