package cloudscan.cli;

import cloudscan.core.check.Lang;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.fact.ResourceRef;
import cloudscan.report.json.ResultReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", header = "Compare two results: new, resolved and now-waived findings, status changes.",
    sortOptions = false, mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {"Compare two results (report.json files): the open findings (FAIL, WARN,",
        "UNKNOWN) new in NEW, those resolved since OLD (fixed or gone), those now waived",
        "(still there, covered by a valid waiver in NEW), and the requirements whose status",
        "changed. A finding is the same when its check, resource and status are.",
        "Exits 0 when NEW has no new FAIL at or above --fail-on, else 1; 2 for a bad file."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan diff last-week/report.json cloudscan-out/report.json",
        "  cloudscan diff old.json new.json --format json > diff.json"})
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report.json.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later report.json.")
  Path newFile;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "low",
      description = "Exit 1 when a new FAIL is at or above this severity. Default: ${DEFAULT-VALUE}.")
  String failOn;

  @Option(names = "--lang", paramLabel = "ja|en", defaultValue = OutputOptions.DEFAULT_LANG,
      description = "Language of the messages in text output. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Spec
  CommandSpec spec;

  /** One finding in the diff, with its check's severity and requirements. */
  record Item(String checkId, Status status, Severity severity, List<String> requirements, Res resource,
      Text message) {

    static Item of(Finding f, Severity severity, List<?> requirements) {
      ResourceRef r = f.resource();
      return new Item(f.checkId(), f.status(), severity, requirements.stream().map(Object::toString).toList(),
          new Res(r.cloud().id(), r.account(), r.location(), r.type(), r.id()),
          f.message());
    }
  }

  record Res(String cloud, String account, String location, String type, String id) { }

  record Change(String requirement, RequirementStatus from, RequirementStatus to) { }

  /**
   * The --format json document.
   *
   * @param resolved  open findings of OLD that are gone in NEW (fixed, or the resource is gone)
   * @param nowWaived open findings of OLD still there in NEW but covered by a valid waiver
   * @param notAssessed open findings of OLD that NEW could not judge (check excluded or failed, a
   *                    collection gap where they were, their location not examined): not resolved
   */
  record Doc(String old, String current, List<Item> added, List<Item> resolved, List<Item> nowWaived,
      List<Item> notAssessed, List<Change> statusChanges, long newFailures) { }

  @Override
  public Integer call() throws Exception {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new IllegalArgumentException("format '" + format + "' (expected text or json)");
    }
    Severity threshold = Severity.parse(failOn);
    Lang l = Lang.parse(lang);
    ResultReader reader = new ResultReader();
    ScanResult before = reader.read(oldFile);
    ScanResult now = reader.read(newFile).comparedWith(before);
    Baseline b = now.baseline();

    List<Item> added = new ArrayList<>();
    for (CheckOutcome o : now.checks()) {
      for (Finding f : o.findings()) {
        if (b.isNew(f)) {
          added.add(Item.of(f, o.spec().severity(), o.spec().requirements()));
        }
      }
    }
    java.util.Set<String> waivedNow = waived(now);
    List<Item> resolved = new ArrayList<>();
    List<Item> nowWaived = new ArrayList<>();
    for (Baseline.Resolved r : b.resolved()) {
      Item i = Item.of(r.finding(), r.severity(), r.requirements());
      (waivedNow.contains(key(currentId(now, r.finding().checkId()), r.finding().resource())) ? nowWaived : resolved)
          .add(i);
    }
    List<Item> notAssessed = b.notAssessed().stream()
        .map(r -> Item.of(r.finding(), r.severity(), r.requirements())).toList();
    List<Change> changes = changes(before, now);
    long newFailures = added.stream()
        .filter(i -> i.status() == Status.FAIL && i.severity().atLeast(threshold)).count();

    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
          .writeValueAsString(new Doc(oldFile.toString(), newFile.toString(), added, resolved, nowWaived,
              notAssessed, changes, newFailures)));
    } else {
      text(out, added, resolved, nowWaived, notAssessed, changes, newFailures, l);
    }
    String unjudged = notAssessed.isEmpty() ? ""
        : "; " + notAssessed.size() + " earlier finding(s) not assessed by NEW (not resolved)";
    String exit = (newFailures > 0
        ? "exit 1: " + newFailures + " new failing finding(s) at or above --fail-on " + failOn.toLowerCase(Locale.ROOT)
        : "exit 0: no new failing finding at or above --fail-on " + failOn.toLowerCase(Locale.ROOT)) + unjudged;
    if (fmt.equals("json")) {
      spec.commandLine().getErr().println(exit); // stdout stays one JSON document
    } else {
      out.println(exit);
    }
    out.flush();
    return newFailures > 0 ? ExitCode.NOT_MET : ExitCode.OK;
  }

  /** Check and resource of every WAIVED finding of {@code r}. */
  private static java.util.Set<String> waived(ScanResult r) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (CheckOutcome o : r.checks()) {
      o.findings().stream().filter(f -> f.status() == Status.WAIVED)
          .forEach(f -> out.add(key(f.checkId(), f.resource())));
    }
    return out;
  }

  private static String key(String checkId, ResourceRef r) {
    return checkId + "\u0000" + r;
  }

  /** The current ID of a check that OLD may have named by a former ID. */
  private static String currentId(ScanResult now, String id) {
    return now.checks().stream().map(CheckOutcome::spec)
        .filter(s -> s.id().equals(id) || s.aliases().contains(id)).map(s -> s.id()).findFirst().orElse(id);
  }

  /** Requirements whose status differs, in the new catalog's order (then any the new one lacks). */
  static List<Change> changes(ScanResult before, ScanResult now) {
    Map<String, RequirementStatus> old = new LinkedHashMap<>();
    before.requirements().forEach(r -> old.put(r.requirement().id().value(), r.status()));
    List<Change> out = new ArrayList<>();
    for (RequirementResult r : now.requirements()) {
      String id = r.requirement().id().value();
      RequirementStatus was = old.remove(id);
      if (was != r.status()) {
        out.add(new Change(id, was, r.status()));
      }
    }
    old.forEach((id, was) -> out.add(new Change(id, was, null)));
    return out;
  }

  private void text(PrintWriter out, List<Item> added, List<Item> resolved, List<Item> nowWaived,
      List<Item> notAssessed, List<Change> changes, long newFailures, Lang l) {
    out.println("cloudscan diff: " + oldFile + " -> " + newFile);
    out.println();
    out.println("New findings (" + added.size() + "):");
    added.forEach(i -> out.println("  + " + line(i, l)));
    out.println("Resolved findings (" + resolved.size() + "; fixed or gone):");
    resolved.forEach(i -> out.println("  - " + line(i, l)));
    out.println("Now waived (" + nowWaived.size() + "; still there, covered by a valid waiver):");
    nowWaived.forEach(i -> out.println("  ~ " + line(i, l)));
    out.println("Not assessed now (" + notAssessed.size()
        + "; NEW could not judge them: check excluded or failed, a gap, a location not examined):");
    notAssessed.forEach(i -> out.println("  ? " + line(i, l)));
    out.println("Requirement status changes (" + changes.size() + "):");
    changes.forEach(c -> out.printf("  %-5s %s -> %s%n", c.requirement(), c.from() == null ? "(none)" : c.from(),
        c.to() == null ? "(none)" : c.to()));
    out.println();
    out.printf("%d new (%d failing at or above --fail-on %s), %d resolved, %d now waived, %d not assessed, "
        + "%d status change(s)%n", added.size(), newFailures, failOn.toLowerCase(Locale.ROOT), resolved.size(),
        nowWaived.size(), notAssessed.size(), changes.size());
  }

  private static String line(Item i, Lang l) {
    Res r = i.resource();
    return String.format("%-7s %-8s %-36s %s/%s/%s %s %s  %s", i.status(), i.severity(), i.checkId(), r.cloud(),
        r.account(), r.location(), r.type(), oneLine(r.id()), oneLine(i.message().in(l)));
  }

  /** Resource names come from the cloud: keep each finding on one line of the terminal. */
  private static String oneLine(String s) {
    return s.replaceAll("\\p{Cntrl}", " ");
  }
}
