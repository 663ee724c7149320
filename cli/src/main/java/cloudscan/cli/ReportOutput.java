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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes reports (and optionally the snapshot) into a staging directory beside the output, then
 * moves each file into place. If anything fails, nothing is moved: no half-written output, and
 * the failure is a {@link Outputs.WriteFailure} (exit 5). Files get the user's normal mode.
 *
 * <p>Report files of formats not written this run (e.g. a report.csv of an earlier run with more
 * formats) are removed when the new reports move in, so no stale report looks current. The
 * snapshot and the waivers/attestations files are never removed.
 */
final class ReportOutput implements AutoCloseable {

  private final Path out;
  private final Path staging;

  private ReportOutput(Path out, Path staging) {
    this.out = out;
    this.staging = staging;
  }

  /** Resolves the writers first, so an unknown format is a usage error before any work. */
  static List<ReportWriter> writers(List<String> formats) throws InputException {
    List<ReportWriter> found = new ArrayList<>();
    for (String f : formats) {
      found.add(ReportWriters.byFormat(f.trim()).orElseThrow(() -> new InputException("--format", 0, 0, "",
          "unknown format '" + f + "' (expected one of " + ReportWriters.formats() + ")")));
    }
    return found;
  }

  /** Opens a staging directory inside {@code dir} (created if missing). */
  static ReportOutput open(Path dir) throws Outputs.WriteFailure {
    Path out = dir.toAbsolutePath();
    try {
      Files.createDirectories(out);
      Path staging = out.resolve(".staging-" + java.util.UUID.randomUUID());
      Files.createDirectory(staging);
      return new ReportOutput(out, staging);
    } catch (IOException e) {
      throw new Outputs.WriteFailure(out, e);
    }
  }

  /** Writes the snapshot and returns the SHA-256 of the bytes written. */
  String snapshot(Snapshot snapshot) throws Outputs.WriteFailure {
    try {
      return new SnapshotWriter().write(snapshot, staging.resolve("snapshot.json"));
    } catch (IOException e) {
      throw new Outputs.WriteFailure(out, e);
    }
  }

  void reports(ScanResult result, List<ReportWriter> writers, ReportOptions options) throws Outputs.WriteFailure {
    try {
      for (ReportWriter w : writers) {
        w.write(result, options, staging);
      }
    } catch (IOException e) {
      throw new Outputs.WriteFailure(out, e);
    }
  }

  /** Stages {@code name} unless the output directory already has it; returns whether it was staged. */
  boolean fileUnlessPresent(String name, byte[] content) throws Outputs.WriteFailure {
    if (Files.exists(out.resolve(name))) {
      return false;
    }
    try {
      Files.write(staging.resolve(name), content);
      return true;
    } catch (IOException e) {
      throw new Outputs.WriteFailure(out, e);
    }
  }

  /** True when {@code file} holds exactly {@code content}. */
  static boolean same(Path file, byte[] content) {
    try {
      return java.util.Arrays.equals(Files.readAllBytes(file), content);
    } catch (IOException e) {
      return false;
    }
  }

  /** Report files earlier versions wrote and this one no longer does (findings.csv is report.csv now). */
  static final List<String> RETIRED = List.of("findings.csv");

  /** The moved files and the stale report files removed. */
  record Written(List<Path> files, List<Path> removed) { }

  /**
   * Moves every staged file into place; with {@code removeStale}, removes report files of formats
   * not written now (a new judgement makes them stale).
   */
  Written commit(boolean removeStale) throws Outputs.WriteFailure {
    try {
      List<Path> written = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      try (Stream<Path> files = Files.list(staging)) {
        for (Path f : files.sorted().toList()) {
          Path target = out.resolve(f.getFileName());
          Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          written.add(target);
          names.add(f.getFileName().toString());
        }
      }
      List<Path> removed = new ArrayList<>();
      List<String> stale = new ArrayList<>(removeStale ? RETIRED : List.of());
      for (ReportWriter w : removeStale ? ReportWriters.all() : List.<ReportWriter>of()) {
        stale.addAll(w.files());
      }
      for (String f : stale) {
        if (!names.contains(f) && Files.deleteIfExists(out.resolve(f))) {
          removed.add(out.resolve(f));
        }
      }
      return new Written(written, removed);
    } catch (IOException e) {
      throw new Outputs.WriteFailure(out, e);
    }
  }

  /** Removes the staging directory (whatever is left in it after a failure). */
  @Override
  public void close() throws Outputs.WriteFailure {
    try {
      if (!Files.exists(staging)) {
        return;
      }
      try (Stream<Path> walk = Files.walk(staging)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new Outputs.WriteFailure(out, e);
    }
  }

  /** Renders {@code result} into {@code dir} (for {@code cloudscan report}: other files stay). */
  static Written write(ScanResult result, List<ReportWriter> writers, Path dir, ReportOptions options)
      throws Outputs.WriteFailure {
    try (ReportOutput o = open(dir)) {
      o.reports(result, writers, options);
      return o.commit(false);
    }
  }
}
