package cloudscan.cli;

import cloudscan.cli.demo.DemoEstate;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", header = "Judge the bundled demo estate (AWS, Azure, GCP); no cloud account needed.", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Judge the bundled demo estate (an invented vendor on AWS, Azure and GCP, with",
        "compliant and violating resources and one collection gap) and write the reports, the",
        "snapshot and the demo's waivers.yaml and attestations.yaml. Needs no cloud account.",
        "Exits 0 when the reports were written; the summary shows what the CI gate would say."},
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
    int gate = finish(p, DemoEstate.snapshot(), true, extra);
    out().println("The CI gate would exit " + gate + " for this estate (see README, Exit codes).");
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
