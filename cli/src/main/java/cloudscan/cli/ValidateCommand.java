package cloudscan.cli;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.engine.Evaluator;
import cloudscan.core.input.InputException;
import cloudscan.core.input.InputProblems;
import cloudscan.core.waiver.Attestation;
import cloudscan.core.waiver.AttestationLoader;
import cloudscan.core.waiver.Waiver;
import cloudscan.core.waiver.WaiverLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", header = "Validate catalog, waivers and attestations files without scanning.",
    sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {"Check input files without scanning or judging anything: the catalog, waivers.yaml and",
        "attestations.yaml are loaded exactly as scan and evaluate load them. Exits 0 when they are",
        "valid (entries already expired are listed as notes) and 2 otherwise, listing every problem",
        "of every file with file:line:field.",
        "Meant for a pre-commit hook or an early CI step."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan validate --attestations attestations.yaml",
        "  cloudscan validate --waivers waivers.yaml --attestations attestations.yaml",
        "  cloudscan validate --catalog other-city.json --attestations attestations.yaml"})
final class ValidateCommand implements Callable<Integer> {

  static final class Inputs {
    @Option(names = "--waivers", paramLabel = "FILE", description = "waivers.yaml to check.")
    Path waivers;

    @Option(names = "--attestations", paramLabel = "FILE", description = "attestations.yaml to check.")
    Path attestations;

    @Option(names = "--catalog", paramLabel = "FILE",
        description = "Requirement catalog to check, and to check attestations against. "
            + "Default: Fujisawa City's bundled list.")
    Path catalog;
  }

  @ArgGroup(exclusive = false, multiplicity = "1", heading = "Files (at least one):%n")
  Inputs files;

  @Option(names = "--now", paramLabel = "DATE|TIME", converter = NowConverter.class,
      description = "Report expiry as of this day (YYYY-MM-DD, in Japan) or time (ISO-8601). Default: now.")
  Instant now;

  @Spec
  CommandSpec spec;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = (now == null ? clock.instant() : now).atZone(Evaluator.CITY_ZONE).toLocalDate();
    Catalog c = files.catalog == null ? CatalogLoader.loadDefault() : CatalogLoader.load(files.catalog);
    // Load everything first, every problem of every file: one bad file means exit 2 and no "ok" lines.
    InputProblems.Collector problems = new InputProblems.Collector();
    List<Waiver> waivers = null;
    List<Attestation> atts = null;
    try {
      waivers = files.waivers == null ? null : WaiverLoader.load(files.waivers, Registry.load()::knowsCheck);
    } catch (InputException e) {
      problems.add(e);
    }
    try {
      atts = files.attestations == null ? null : AttestationLoader.load(files.attestations, c);
    } catch (InputException e) {
      problems.add(e);
    }
    if (!problems.isEmpty()) {
      problems.throwIfAny();
    }
    if (files.catalog != null) {
      out.printf("ok: %s: catalog %s, %d requirements%n", files.catalog, c.id(), c.requirements().size());
    }
    if (waivers != null) {
      out.printf("ok: %s: %d waivers%n", files.waivers, waivers.size());
      waivers.stream().filter(w -> !w.validOn(today)).forEach(w -> out.printf(
          "note: %s: waiver for %s expired on %s%n", w.source(), w.checkId(), w.expires()));
    }
    if (atts != null) {
      out.printf("ok: %s: %d attestations%n", files.attestations, atts.size());
      atts.stream().filter(a -> !a.validOn(today)).forEach(a -> out.printf(
          "note: %s: attestation for %s expired on %s%n", a.source(), a.requirement(), a.validUntil()));
    }
    return ExitCode.OK;
  }
}
