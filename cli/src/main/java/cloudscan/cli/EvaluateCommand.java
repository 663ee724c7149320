package cloudscan.cli;

import cloudscan.core.input.InputException;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotReader;
import cloudscan.core.snapshot.SnapshotWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", header = "Judge a saved snapshot offline (no cloud access).", sortOptions = false,
    mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {"Judge a saved snapshot offline (no cloud access): the city's security team",
        "re-evaluates a vendor's snapshot with its own catalog, waivers and attestations.",
        "The report records the SHA-256 of the snapshot file judged."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan evaluate --snapshot snapshot.json --out report",
        "  cloudscan evaluate --snapshot snapshot.json --attestations attestations.yaml --fail-on high",
        "  cloudscan evaluate --snapshot snapshot.json --now 2026-04-01 --system-name 'Payroll (Vendor K.K.)'"})
final class EvaluateCommand extends JudgingCommand implements Callable<Integer> {

  @Option(names = {"-s", "--snapshot"}, required = true, paramLabel = "FILE", order = -2,
      description = "A snapshot written by `cloudscan scan` or `cloudscan demo`.")
  Path snapshot;

  @Override
  public Integer call() throws Exception {
    Prepared p = prepare(Judge.Defaults.NONE);
    Read r = read(snapshot);
    Gate.Verdict v = finish(p, r.snapshot(), false, r.sha256());
    out().println(v.line());
    return v.code();
  }

  /** A snapshot and the SHA-256 of the file's bytes. */
  record Read(Snapshot snapshot, String sha256) { }

  static Read read(Path file) throws InputException {
    Snapshot s = new SnapshotReader().read(file);
    MessageDigest sha = SnapshotWriter.sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return new Read(s, HexFormat.of().formatHex(sha.digest()));
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "", "cannot read (" + Outputs.reason(e) + ")", e);
    }
  }
}
