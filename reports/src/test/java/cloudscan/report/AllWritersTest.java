package cloudscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
import cloudscan.core.engine.ScanResult;
import cloudscan.report.fixture.Reports;
import cloudscan.report.fixture.SampleResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every registered writer writes exactly the files it declares, and nothing else. */
class AllWritersTest {

  /** A copy for people to open: reports/target/sample-reports/. */
  private static final Path SAMPLES = Path.of("target", "sample-reports");

  @TempDir Path dir;

  @Test void sparseResult_rendersInEveryFormat() throws IOException {
    ScanResult sparse = SampleResult.sparse();
    for (ReportWriter w : ReportWriters.all()) {
      for (Lang lang : Lang.values()) {
        Path out = Files.createDirectories(dir.resolve("sparse-" + w.format() + "-" + lang.code()));
        w.write(sparse, new ReportOptions(lang), out);
        for (String f : w.files()) {
          assertThat(Files.size(out.resolve(f))).as(w.format() + " " + f).isPositive();
        }
      }
    }
  }

  @Test void everyWriter_writesExactlyItsDeclaredFiles() throws IOException {
    for (ReportWriter w : ReportWriters.all()) {
      Path out = Files.createDirectories(dir.resolve(w.format()));
      Reports.write(w, Lang.JA, out);
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as(w.format()).containsExactlyInAnyOrderElementsOf(w.files());
      }
      Files.createDirectories(SAMPLES);
      for (String f : w.files()) {
        Files.copy(out.resolve(f), SAMPLES.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
