package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files: the user's normal mode, written atomically, an unusable --out refused before any
 * work (exit 2), a failure while writing or running out of memory is exit 5 with a hint, never
 * 1; the demo keeps a user's own waivers/attestations; no stale report of an earlier run stays.
 */
class OutputFilesTest {

  private static final String NOW = "2026-11-26T00:00:00Z";

  @TempDir
  Path tmp;

  /** The mode a file this user creates normally gets here (umask applied). */
  private Set<PosixFilePermission> normalMode() throws Exception {
    Path probe = Files.createFile(tmp.resolve("normal"));
    return Files.getPosixFilePermissions(probe);
  }

  @Test
  void snapshotAndReports_haveTheUsersNormalMode_not0600() throws Exception {
    Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path out = tmp.resolve("demo");
    assertThat(Cli.run("demo", "--out", out.toString(), "--now", NOW).exit()).isZero();
    Set<PosixFilePermission> normal = normalMode();
    for (String f : List.of("snapshot.json", "report.json", "report.html", "waivers.yaml", "attestations.yaml")) {
      assertThat(Files.getPosixFilePermissions(out.resolve(f))).as(f).isEqualTo(normal);
    }
    try (var left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no temporary files left")
          .noneMatch(n -> n.startsWith("."));
    }
  }

  @Test
  void attestationTemplate_hasTheUsersNormalMode() throws Exception {
    Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path t = tmp.resolve("attestations.yaml");
    assertThat(Cli.run("attest", "--template", "--out", t.toString()).exit()).isZero();
    assertThat(Files.getPosixFilePermissions(t)).isEqualTo(normalMode());
  }

  @Test
  void outIsAFile_isExit2_beforeAnyWork() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Cli r = Cli.run("scan", "--provider", "aws", "--endpoint-url", "http://127.0.0.1:1", "--out", file.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("error: --out: " + file + " is a file, not a directory: choose a directory");
    assertThat(r.err()).as("refused before collection").doesNotContain("scanning as");
  }

  @Test
  void outUnderAReadOnlyPlace_isExit2() {
    Path proc = Path.of("/proc");
    Assumptions.assumeTrue(Files.isDirectory(proc), "needs Linux /proc (read-only even for root)");
    Cli r = Cli.run("demo", "--out", "/proc/cloudscan-out");
    assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(r.err()).contains("error: --out: cannot write to /proc").doesNotContain("Exception");
  }

  @Test
  void aFailureWhileWriting_isExit5WithAHint_neverExit1() throws Exception {
    Path out = tmp.resolve("blocked");
    // A non-empty directory where report.json must go: the move into place fails.
    Files.createDirectories(out.resolve("report.json"));
    Files.writeString(out.resolve("report.json").resolve("keep"), "x");
    Cli r = Cli.run("demo", "--out", out.toString(), "--now", NOW, "--format", "json");
    assertThat(r.exit()).isEqualTo(ExitCode.INTERNAL);
    assertThat(r.err().strip()).startsWith("error: could not write the output to " + out.toAbsolutePath())
        .contains("Free disk space or fix permissions").endsWith("(exit 5)").doesNotContain("Exception");
  }

  @Test
  void outOfMemory_isExit5WithAHint() {
    StringWriter err = new StringWriter();
    int code = Main.failure(new OutOfMemoryError("Java heap space"), new PrintWriter(err));
    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString()).contains("out of memory").contains("-Xmx");
  }

  @Test
  void demo_neverOverwritesAUsersWaiversOrAttestations() throws Exception {
    Path out = tmp.resolve("mine");
    Files.createDirectories(out);
    Files.writeString(out.resolve("waivers.yaml"), "version: 1\nwaivers: []  # mine\n");
    Cli r = Cli.run("demo", "--out", out.toString(), "--now", NOW, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("waivers.yaml"))).contains("# mine");
    assertThat(r.out()).contains("kept your " + out.resolve("waivers.yaml"));
    assertThat(out.resolve("attestations.yaml")).exists();
  }

  @Test
  void aRerunWithFewerFormats_removesTheStaleReports() throws Exception {
    Path out = tmp.resolve("rerun");
    assertThat(Cli.run("demo", "--out", out.toString(), "--now", NOW, "--format", "json,html,csv").exit()).isZero();
    assertThat(out.resolve("report.html")).exists();
    Cli r = Cli.run("demo", "--out", out.toString(), "--now", NOW, "--format", "json");
    assertThat(out.resolve("report.html")).doesNotExist();
    assertThat(out.resolve("report.csv")).doesNotExist();
    assertThat(out.resolve("snapshot.json")).exists();
    assertThat(r.out()).contains("removed " + out.toAbsolutePath().resolve("report.html"));
  }

  @Test
  void findingsCsvOfAnEarlierVersion_isRemovedAsStale() throws Exception {
    Path out = tmp.resolve("upgrade");
    Files.createDirectories(out);
    Files.writeString(out.resolve("findings.csv"), "written by cloudscan 0.1 (the same table as report.csv)");
    Cli r = Cli.run("demo", "--out", out.toString(), "--now", NOW, "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(out.resolve("findings.csv")).doesNotExist();
    assertThat(out.resolve("settings.csv")).exists();
  }

  @Test
  void reportCommand_leavesTheOtherFilesAlone() throws Exception {
    Path out = tmp.resolve("render");
    assertThat(Cli.run("demo", "--out", out.toString(), "--now", NOW, "--format", "json,html").exit()).isZero();
    Cli r = Cli.run("report", "--from", out.resolve("report.json").toString(), "--format", "markdown",
        "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(out.resolve("report.json")).exists();
    assertThat(out.resolve("report.html")).exists();
  }

  @Test
  void timestampedOut_writesIntoANewSubdirectory() throws Exception {
    Path out = tmp.resolve("stamped");
    Cli r = Cli.run("demo", "--out", out.toString(), "--now", NOW, "--format", "json", "--timestamped-out");
    assertThat(r.exit()).as(r.err()).isZero();
    try (var dirs = Files.list(out)) {
      List<Path> sub = dirs.toList();
      assertThat(sub).hasSize(1);
      assertThat(sub.get(0).getFileName().toString()).matches("\\d{8}T\\d{6}Z");
      assertThat(sub.get(0).resolve("report.json")).exists();
    }
  }

  @Test
  void docs_writeOnlyWithAnExplicitOut() throws Exception {
    Cli none = Cli.run("docs");
    assertThat(none.exit()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(none.err()).contains("--out");
    Path d = tmp.resolve("docs");
    assertThat(Cli.run("docs", "--out", d.toString()).exit()).isZero();
    assertThat(d.resolve("coverage.md")).exists();
  }
}
