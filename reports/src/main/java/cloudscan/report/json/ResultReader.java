package cloudscan.report.json;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.Requirement;
import cloudscan.core.catalog.RequirementId;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Text;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.engine.Settings;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.ScannedScope;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.core.waiver.Attestation;
import cloudscan.core.waiver.Waiver;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code report.json} written by {@link JsonReportWriter} back into a {@link ScanResult},
 * so reports can be rendered again ({@code cloudscan report}) and results compared
 * ({@code --baseline}, {@code cloudscan diff}) without scanning again.
 *
 * <p>Reading is strict. A truncated file, a value of the wrong type, an unknown field, a missing
 * field, an unknown enum value, a bad ID or date, and totals or copies that disagree with the
 * findings all give an {@link InputException} naming the file, the line and the field. A file
 * that is read without error writes back byte for byte ({@code ResultReaderTest}).
 *
 * <p>What report.json does not carry comes back empty: the catalog's section titles, and the
 * findings of a check that serves no requirement of the catalog (the reader then reports the
 * check's counts as disagreeing).
 */
public final class ResultReader {

  private static final ObjectMapper STRICT = InputFiles.strictJson();

  /** Reads {@code file}. */
  public ScanResult read(Path file) throws InputException {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(name, 0, 0, "", "no such file");
    } catch (IOException e) {
      throw new InputException(name, 0, 0, "", "cannot read: " + e.getMessage(), e);
    }
    return read(bytes, name);
  }

  /** Reads a report.json held in memory; {@code name} is used in error messages. */
  public ScanResult read(byte[] content, String name) throws InputException {
    Conversion c = new Conversion(name, content);
    JsonNode tree;
    try {
      tree = STRICT.readTree(content);
    } catch (JsonProcessingException e) {
      throw InputFiles.translate(name, e);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, "", "cannot read: " + e.getMessage(), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InputException(name, 1, 0, "", "the file is empty");
    }
    if (tree.isObject()) {
      String[] missing = RequiredFields.firstProblem(tree, ReportDoc.class, "");
      if (missing != null) {
        throw c.fail(missing[0], missing[1]);
      }
    }
    ReportDoc doc = InputFiles.read(STRICT, new ByteArrayInputStream(content), name, ReportDoc.class);
    if (doc.schemaVersion() != ReportDoc.SCHEMA_VERSION) {
      throw c.fail("schemaVersion", "version " + doc.schemaVersion() + " is not supported (this cloudscan reads "
          + ReportDoc.SCHEMA_VERSION + ")");
    }
    ScanResult result = c.result(doc);
    JsonNode expected = JsonReportWriter.MAPPER.valueToTree(ReportDoc.of(result));
    JsonNode actual = JsonReportWriter.MAPPER.valueToTree(doc);
    String[] diff = firstDifference(actual, expected, "");
    if (diff != null) {
      throw c.fail(diff[0], "disagrees with the rest of the report (the file has " + diff[1]
          + ", its findings give " + diff[2] + "); was it edited?");
    }
    return result;
  }

  /**
   * Fields results gained with snapshot format 2 (scope levels and what was looked for, skip
   * causes): absent in results written before, derived when they are read.
   */
  private static final Set<String> DERIVED_FOR_OLDER_RESULTS = Set.of("level", "lookedFor", "cause",
      "NOT_ASSESSED");

  /** The first path where two trees differ, with both values; null when they are equal. */
  static String[] firstDifference(JsonNode a, JsonNode b, String path) {
    if (a.isObject() && b.isObject()) {
      Set<String> names = new java.util.LinkedHashSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        JsonNode x = a.get(n);
        JsonNode y = b.get(n);
        String p = path.isEmpty() ? n : path + "." + n;
        if (x == null && DERIVED_FOR_OLDER_RESULTS.contains(n)) {
          continue; // written since snapshot format 2; an older result has none, the reader derives it
        }
        if (x == null || y == null) {
          return new String[] {p, x == null ? "nothing" : shortText(x), y == null ? "nothing" : shortText(y)};
        }
        String[] d = firstDifference(x, y, p);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (a.isArray() && b.isArray()) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        String[] d = firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return a.size() == b.size() ? null
          : new String[] {path, a.size() + " entries", b.size() + " entries"};
    }
    return a.equals(b) ? null : new String[] {path, shortText(a), shortText(b)};
  }

  private static String shortText(JsonNode n) {
    String s = n.isContainerNode() ? (n.isArray() ? "a list" : "an object") : n.toString();
    return s.length() > 60 ? s.substring(0, 59) + "…" : s;
  }

  /** Turns the checked documents into the model, naming the field of any value it refuses. */
  private static final class Conversion {

    private final String file;
    private final byte[] content;

    Conversion(String file, byte[] content) {
      this.file = file;
      this.content = content;
    }

    InputException fail(String path, String problem) {
      return new InputException(file, InputFiles.lineOf(content, false, path), 0, path, problem);
    }

    ScanResult result(ReportDoc d) throws InputException {
      List<Requirement> reqs = new ArrayList<>();
      for (int i = 0; i < d.requirements().size(); i++) {
        RequirementDoc r = d.requirements().get(i);
        reqs.add(new Requirement(requirementId(r.id(), "requirements[" + i + "].id"), r.section(), r.label(),
            text(r.title()), r.assessment(), r.advisory()));
      }
      Catalog catalog = new Catalog(d.catalog().id(), text(d.catalog().title()), text(d.catalog().issuer()),
          d.catalog().source(), List.of(), reqs);

      Map<String, List<Finding>> findings = new LinkedHashMap<>();
      Map<String, List<FindingDoc>> unchanged = new LinkedHashMap<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < d.requirements().size(); i++) {
        RequirementDoc r = d.requirements().get(i);
        for (String checkId : r.checks()) {
          if (!seen.add(checkId)) {
            continue;
          }
          List<Finding> list = new ArrayList<>();
          for (int j = 0; j < r.findings().size(); j++) {
            FindingDoc f = r.findings().get(j);
            if (f.checkId().equals(checkId)) {
              list.add(finding(f, "requirements[" + i + "].findings[" + j + "]"));
            }
          }
          findings.put(checkId, list);
        }
      }

      List<FindingDoc> unmapped = d.unmappedFindings() == null ? List.of() : d.unmappedFindings();
      for (int j = 0; j < unmapped.size(); j++) {
        FindingDoc f = unmapped.get(j);
        if (!seen.contains(f.checkId())) {
          findings.computeIfAbsent(f.checkId(), k -> new ArrayList<>()).add(finding(f, "unmappedFindings[" + j + "]"));
        }
      }

      List<CheckOutcome> checks = new ArrayList<>();
      for (int i = 0; i < d.checks().size(); i++) {
        CheckDoc c = d.checks().get(i);
        CheckSpec spec = spec(c, "checks[" + i + "]");
        checks.add(new CheckOutcome(spec, findings.getOrDefault(c.id(), List.of()), c.error()));
      }

      List<RequirementResult> results = new ArrayList<>();
      for (int i = 0; i < d.requirements().size(); i++) {
        RequirementDoc r = d.requirements().get(i);
        results.add(new RequirementResult(reqs.get(i), r.status(), r.checks(), r.attestation().state(),
            attestation(r.attestation(), reqs.get(i).id(), "requirements[" + i + "].attestation")));
      }

      List<ProviderRun> runs = new ArrayList<>();
      for (int i = 0; i < d.snapshot().runs().size(); i++) {
        runs.add(run(d.snapshot().runs().get(i), "snapshot.runs[" + i + "]"));
      }
      SnapshotHeader header = new SnapshotHeader(d.snapshot().formatVersion(), d.snapshot().toolVersion(),
          instant(d.snapshot().createdAt(), "snapshot.createdAt"), runs);

      List<Gap> gaps = new ArrayList<>();
      for (int i = 0; i < d.gaps().size(); i++) {
        SnapshotDoc.GapDoc g = d.gaps().get(i);
        gaps.add(new Gap(scope(g.scope(), "gaps[" + i + "].scope"), g.service(), g.operation(), g.kind(),
            g.message(), g.factKinds()));
      }
      List<Waiver> expired = new ArrayList<>();
      for (int i = 0; i < d.expiredWaivers().size(); i++) {
        expired.add(waiver(d.expiredWaivers().get(i), "expiredWaivers[" + i + "]"));
      }

      ScanResult result = new ScanResult(header, catalog, instant(d.evaluatedAt(), "evaluatedAt"), results,
          checks, gaps, expired, null, settings(d));
      return d.resolved() == null ? result : result.withBaseline(baseline(d));
    }

    /** How the result was judged; results that did not record it give {@link Settings#NONE}. */
    private static Settings settings(ReportDoc d) {
      ReportDoc.SettingsDoc s = d.settings();
      if (s == null) {
        return d.snapshot().sha256() == null ? Settings.NONE
            : Settings.NONE.withSnapshotSha256(d.snapshot().sha256());
      }
      return new Settings(s.thresholds().stream().map(t -> new Settings.ThresholdSetting(t.name(), t.value(),
          t.catalogValue(), t.source())).toList(), s.selection(), s.excludedChecks(), s.systemName(),
          d.snapshot().sha256());
    }

    /**
     * The baseline as far as the report shows it: the findings marked unchanged and the resolved
     * ones. That is all {@link Baseline#mark} needs to mark every finding as the file does.
     */
    private Baseline baseline(ReportDoc d) throws InputException {
      List<Baseline.Key> previous = new ArrayList<>();
      Map<String, List<FindingDoc>> lists = new LinkedHashMap<>();
      for (int i = 0; i < d.requirements().size(); i++) {
        lists.put("requirements[" + i + "].findings", d.requirements().get(i).findings());
      }
      if (d.unmappedFindings() != null) {
        lists.put("unmappedFindings", d.unmappedFindings());
      }
      for (Map.Entry<String, List<FindingDoc>> e : lists.entrySet()) {
        List<FindingDoc> fs = e.getValue();
        for (int j = 0; j < fs.size(); j++) {
          if (fs.get(j).baseline() == Baseline.Mark.UNCHANGED) {
            previous.add(Baseline.Key.of(finding(fs.get(j), e.getKey() + "[" + j + "]")));
          }
        }
      }
      List<Baseline.Resolved> resolved = gone(d.resolved(), "resolved", previous);
      List<Baseline.Resolved> notAssessed = gone(d.notAssessed() == null ? List.of() : d.notAssessed(),
          "notAssessed", previous);
      return new Baseline(previous, resolved, notAssessed);
    }

    /** Earlier open findings gone now, as the report lists them (each also counts as previous). */
    private List<Baseline.Resolved> gone(List<FindingDoc> docs, String field, List<Baseline.Key> previous)
        throws InputException {
      List<Baseline.Resolved> out = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        FindingDoc f = docs.get(i);
        String path = field + "[" + i + "]";
        Finding finding = finding(f, path);
        if (!Baseline.compared(f.status())) {
          throw fail(path + ".status", "a finding gone since the baseline is FAIL, WARN or UNKNOWN, not " + f.status());
        }
        List<RequirementId> ids = new ArrayList<>();
        for (int j = 0; j < f.requirements().size(); j++) {
          ids.add(requirementId(f.requirements().get(j), path + ".requirements[" + j + "]"));
        }
        previous.add(Baseline.Key.of(finding));
        out.add(new Baseline.Resolved(finding, f.severity(), ids));
      }
      return out;
    }

    private CheckSpec spec(CheckDoc c, String path) throws InputException {
      List<RequirementId> ids = new ArrayList<>();
      for (int j = 0; j < c.requirements().size(); j++) {
        ids.add(requirementId(c.requirements().get(j), path + ".requirements[" + j + "]"));
      }
      List<Class<? extends Fact>> needs = new ArrayList<>();
      for (int j = 0; j < c.needs().size(); j++) {
        String kind = c.needs().get(j);
        var k = FactKinds.byName(kind);
        if (k.isEmpty()) {
          throw fail(path + ".needs[" + j + "]", "value '" + kind + "' is not a fact kind (expected one of "
              + String.join(", ", FactKinds.names()) + ")");
        }
        needs.add(k.get());
      }
      try {
        return new CheckSpec(c.id(), c.aliases(), text(c.title()), text(c.remediation()), c.severity(), ids, needs,
            List.of(), false);
      } catch (IllegalArgumentException e) {
        throw fail(CheckSpec.ID_FORM.matcher(c.id()).matches() ? path : path + ".id", e.getMessage());
      }
    }

    private Finding finding(FindingDoc f, String path) throws InputException {
      FindingDoc.ResourceDoc r = f.resource();
      ResourceRef ref = new ResourceRef(cloud(r.cloud(), path + ".resource.cloud"), r.account(), r.location(),
          r.type(), r.id());
      return new Finding(f.checkId(), ref, f.status(), text(f.message()),
          f.waiver() == null ? null : waiver(f.waiver(), path + ".waiver"), f.name(), f.tags());
    }

    private Waiver waiver(FindingDoc.WaiverDoc w, String path) throws InputException {
      return new Waiver(w.checkId(), w.resourcePattern(), w.account(), w.location(), w.category(), w.reason(),
          w.approvedBy(), date(w.approvedOn(), path + ".approvedOn"), w.reference(),
          date(w.expires(), path + ".expires"), w.source());
    }

    private Attestation attestation(RequirementDoc.AttestationDoc a, RequirementId id, String path)
        throws InputException {
      if (a.statement() == null && a.attestedBy() == null && a.attestedOn() == null && a.validUntil() == null
          && a.source() == null && a.evidence().isEmpty()) {
        return null;
      }
      return new Attestation(id, a.statement(),
          a.evidence().stream().map(e -> new Attestation.Evidence(e.description(), e.reference())).toList(),
          a.attestedBy(), date(a.attestedOn(), path + ".attestedOn"), date(a.validUntil(), path + ".validUntil"),
          a.source());
    }

    /** Results written before snapshot format 2 list places only: level by location, looked for everything. */
    private ProviderRun run(SnapshotDoc.RunDoc r, String path) throws InputException {
      List<ScannedScope> scopes = new ArrayList<>();
      for (int i = 0; i < r.scopes().size(); i++) {
        SnapshotDoc.ScopeDoc d = r.scopes().get(i);
        Scope s = scope(d, path + ".scopes[" + i + "]");
        scopes.add(ScannedScope.of(s, d.level() != null ? d.level()
                : s.isGlobal() ? Scope.Level.ACCOUNT : Scope.Level.LOCATION,
            d.parents() == null ? List.of() : d.parents(),
            d.lookedFor() == null ? List.of(ScannedScope.EVERYTHING) : d.lookedFor()));
      }
      List<SkippedLocation> skipped = new ArrayList<>();
      for (SnapshotDoc.SkippedDoc s : r.skipped()) {
        skipped.add(new SkippedLocation(String.valueOf(s.account()), String.valueOf(s.location()),
            s.cause() != null ? s.cause() : SkippedLocation.causeOfV1(s.reason()), s.reason(), s.evidence()));
      }
      return new ProviderRun(r.provider(), r.identity(), instant(r.startedAt(), path + ".startedAt"),
          instant(r.finishedAt(), path + ".finishedAt"), scopes, skipped, r.apiCalls());
    }

    private Scope scope(SnapshotDoc.ScopeDoc s, String path) throws InputException {
      return new Scope(cloud(s.cloud(), path + ".cloud"), s.account(), s.location());
    }

    private Cloud cloud(String id, String path) throws InputException {
      try {
        return Cloud.fromId(id);
      } catch (IllegalArgumentException e) {
        throw fail(path, "value '" + id + "' is not a cloud (expected aws, azure or gcp)");
      }
    }

    private RequirementId requirementId(String id, String path) throws InputException {
      try {
        return RequirementId.of(id);
      } catch (IllegalArgumentException e) {
        throw fail(path, "value '" + id + "' is not a requirement ID (expected N.M, e.g. 3.13)");
      }
    }

    private Instant instant(String s, String path) throws InputException {
      try {
        return s == null ? null : Instant.parse(s);
      } catch (DateTimeParseException e) {
        throw fail(path, "value '" + s + "' is not a time (expected ISO-8601 UTC, e.g. 2026-06-01T00:00:00Z)");
      }
    }

    private LocalDate date(String s, String path) throws InputException {
      try {
        return s == null ? null : LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw fail(path, "value '" + s + "' is not a valid date (expected YYYY-MM-DD)");
      }
    }

    private static Text text(Bi b) {
      return b == null ? null : new Text(b.ja(), b.en());
    }
  }
}
