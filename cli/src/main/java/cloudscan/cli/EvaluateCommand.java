package cloudscan.cli;

import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", header = "Judge a saved snapshot offline (no cloud access).", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Judge a saved snapshot offline (no cloud access): the city's security team",
        "re-evaluates a vendor's snapshot with its own catalog, waivers and attestations."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan evaluate --snapshot snapshot.json --out report",
        "  cloudscan evaluate --snapshot snapshot.json --attestations attestations.yaml --fail-on high"})
final class EvaluateCommand extends JudgingCommand implements Callable<Integer> {

  @Option(names = {"-s", "--snapshot"}, required = true, paramLabel = "FILE",
      description = "A snapshot written by `cloudscan scan` or `cloudscan demo`.")
  Path snapshot;

  @Override
  public Integer call() throws Exception {
    Prepared p = prepare(Judge.Defaults.NONE);
    Snapshot s = new SnapshotReader().read(snapshot);
    return finish(p, s, false);
  }
}
