package cloudscan.cli;

import cloudscan.cli.demo.DemoEstate;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", header = "Judge the bundled demo estate (AWS, Azure, GCP); no cloud account needed.",
    sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {"Judge the bundled demo estate (an invented vendor on AWS, Azure and GCP, with",
        "compliant and violating resources and one collection gap) and write the reports, the",
        "snapshot and the demo's waivers.yaml and attestations.yaml. Needs no cloud account.",
        "A waivers.yaml or attestations.yaml already in DIR is never overwritten; report files of",
        "formats not written this run are removed, so no stale report looks current.",
        "Exits 0 when the reports were written; the last line says what the CI gate would say."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan demo --out demo-report",
        "  cloudscan demo --out demo-report --lang en --format json,html,csv",
        "  cloudscan evaluate --snapshot demo-report/snapshot.json \\",
        "      --waivers demo-report/waivers.yaml --attestations demo-report/attestations.yaml"})
final class DemoCommand extends JudgingCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    byte[] waivers = resource("waivers.yaml");
    byte[] attestations = resource("attestations.yaml");
    Prepared p = prepare(new Judge.Defaults(waivers, attestations));
    Map<String, byte[]> extra = new LinkedHashMap<>();
    extra.put("waivers.yaml", waivers);
    extra.put("attestations.yaml", attestations);
    Gate.Verdict gate = finish(p, DemoEstate.snapshot(), true, null, extra);
    out().println("exit 0: the demo reports were written (the CI gate would say \"" + gate.line() + "\")");
    return ExitCode.OK;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream("/cloudscan/demo/" + name)) {
      if (in == null) {
        throw new IllegalStateException("demo resource " + name + " missing from the jar");
      }
      return in.readAllBytes();
    }
  }
}
