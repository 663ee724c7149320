package cloudscan.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.cli.ExitCode;
import cloudscan.core.engine.FactStore;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.core.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory is exit 5 with a hint, never the JVM's exit 1 (which CI reads as "a
 * requirement is not met"): a real run of a big estate in a small heap.
 */
class OutOfMemoryExitTest {

  @TempDir
  Path tmp;

  @Test
  void aBigEstateInASmallHeap_exits5WithAHint() throws Exception {
    FactStore store = SyntheticEstate.generate(300_000);
    Instant t = Instant.parse("2026-06-01T00:00:00Z");
    ProviderRun run = new ProviderRun("aws", "bench", t, t, List.of(), List.of(), Map.of());
    Path snap = tmp.resolve("big.json");
    new SnapshotWriter().write(new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, "bench", t,
        List.of(run)), store, List.of()), snap);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        "cloudscan.cli.Main", "evaluate", "--snapshot", snap.toString(), "--out", tmp.resolve("out").toString(),
        "--format", "json,html")
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(ExitCode.INTERNAL);
    assertThat(output).contains("error: out of memory").contains("-Xmx");
    assertThat(tmp.resolve("out").resolve("report.json")).doesNotExist();
  }
}
