package cloudscan.cli;

import cloudscan.core.engine.ScanResult;
import cloudscan.core.input.InputException;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotWriter;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import cloudscan.report.ReportWriters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes reports (and optionally the snapshot) into a staging directory beside the output, then
 * moves each file into place. If any writer fails, nothing is moved: no half-written output.
 */
final class ReportOutput {

  private ReportOutput() { }

  /** Resolves the writers first, so an unknown format is a usage error before any work. */
  static List<ReportWriter> writers(List<String> formats) throws InputException {
    List<ReportWriter> out = new ArrayList<>();
    for (String f : formats) {
      out.add(ReportWriters.byFormat(f.trim()).orElseThrow(() -> new InputException("--format", 0, 0, "",
          "unknown format '" + f + "' (expected one of " + ReportWriters.formats() + ")")));
    }
    return out;
  }

  static List<Path> write(ScanResult result, Snapshot snapshot, List<ReportWriter> writers,
      OutputOptions o, Map<String, byte[]> extraFiles) throws IOException {
    Path out = o.out.toAbsolutePath();
    Files.createDirectories(out);
    Path staging = Files.createTempDirectory(out, ".staging-");
    try {
      ReportOptions options = new ReportOptions(o.language());
      for (ReportWriter w : writers) {
        w.write(result, options, staging);
      }
      for (Map.Entry<String, byte[]> e : extraFiles.entrySet()) {
        Files.write(staging.resolve(e.getKey()), e.getValue());
      }
      if (snapshot != null) {
        new SnapshotWriter().write(snapshot, staging.resolve("snapshot.json"));
      }
      List<Path> written = new ArrayList<>();
      try (Stream<Path> files = Files.list(staging)) {
        for (Path f : files.sorted().toList()) {
          Path target = out.resolve(f.getFileName());
          Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          written.add(target);
        }
      }
      return written;
    } finally {
      deleteRecursively(staging);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
