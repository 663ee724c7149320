package cloudscan.cli;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Thresholds;
import cloudscan.core.engine.Evaluator;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.engine.Settings;
import cloudscan.core.input.InputException;
import cloudscan.core.input.InputProblems;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.waiver.Attestation;
import cloudscan.core.waiver.AttestationLoader;
import cloudscan.core.waiver.Waiver;
import cloudscan.core.waiver.WaiverLoader;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the judging inputs (all validated before anything runs) and evaluates a snapshot. The
 * result carries its {@link Settings}: the thresholds in effect, the checks left out, the system
 * name (the snapshot's SHA-256 is added once the file is written or read).
 */
final class Judge {

  private final Catalog catalog;
  private final List<Waiver> waivers;
  private final List<Attestation> attestations;
  private final EvalContext ctx;
  private final SelectionOptions.Selection selection;
  private final Settings settings;

  private Judge(Catalog catalog, List<Waiver> waivers, List<Attestation> attestations, EvalContext ctx,
      SelectionOptions.Selection selection, Settings settings) {
    this.catalog = catalog;
    this.waivers = waivers;
    this.attestations = attestations;
    this.ctx = ctx;
    this.selection = selection;
    this.settings = settings;
  }

  /** Bundled inputs (the demo's) used when the user gave none. */
  record Defaults(byte[] waivers, byte[] attestations) {
    static final Defaults NONE = new Defaults(null, null);
  }

  /**
   * @param configThresholds thresholds from {@code --config} (options win over them)
   */
  static Judge prepare(Registry registry, JudgeOptions o, SelectionOptions sel,
      Map<String, String> configThresholds, Clock clock, Defaults defaults) throws InputException {
    Catalog catalog = o.catalog == null ? CatalogLoader.loadDefault() : CatalogLoader.load(o.catalog);
    InputProblems.Collector problems = new InputProblems.Collector();
    List<Waiver> waivers = List.of();
    List<Attestation> atts = List.of();
    try {
      waivers = o.waivers != null ? WaiverLoader.load(o.waivers, registry::knowsCheck)
          : defaults.waivers() != null
              ? WaiverLoader.parse(defaults.waivers(), "demo:waivers.yaml", registry::knowsCheck) : List.of();
    } catch (InputException e) {
      problems.add(e);
    }
    try {
      atts = o.attestations != null ? AttestationLoader.load(o.attestations, catalog)
          : defaults.attestations() != null
              ? AttestationLoader.parse(defaults.attestations(), "demo:attestations.yaml", catalog) : List.of();
    } catch (InputException e) {
      problems.add(e);
    }
    problems.throwIfAny();
    Map<String, Settings.Source> sources = new LinkedHashMap<>();
    Thresholds t = tighten(catalog, catalog.thresholds(), configThresholds, Settings.Source.CONFIG, sources);
    t = tighten(catalog, t, o.thresholds, Settings.Source.OPTION, sources);
    Instant now = o.now == null ? clock.instant() : o.now;
    SelectionOptions.Selection selection = sel.apply(registry.checks());
    Settings settings = new Settings(Settings.thresholds(catalog.thresholds(), t, sources), selection.given(),
        selection.excluded().stream().map(s -> s.id()).toList(), blankToNull(o.systemName), null);
    return new Judge(catalog, waivers, atts, new EvalContext(now, t), selection, settings);
  }

  /**
   * Applies {@code values} over {@code base}; each must be valid and no looser than the catalog's
   * value: a city may tighten a threshold, a vendor may not loosen it.
   */
  private static Thresholds tighten(Catalog catalog, Thresholds base, Map<String, String> values,
      Settings.Source source, Map<String, Settings.Source> sources) throws InputException {
    String where = source == Settings.Source.OPTION ? "--threshold" : "--config";
    Thresholds t = base;
    for (Map.Entry<String, String> e : values.entrySet()) {
      String name = e.getKey().trim();
      try {
        t = t.with(name, String.valueOf(e.getValue()).trim());
      } catch (IllegalArgumentException ex) {
        throw new InputException(where, 0, 0, "", ex.getMessage());
      }
      if (t.looserThan(catalog.thresholds(), name)) {
        throw new InputException(where, 0, 0, "", name + "=" + e.getValue() + " is looser than the catalog's "
            + catalog.thresholds().valueOf(name) + " (" + catalog.id() + "): a threshold may be tightened, "
            + "never loosened (" + (Thresholds.STRICTER.get(name) == Thresholds.Stricter.HIGHER
                ? "higher" : "lower or earlier") + " is stricter)");
      }
      sources.put(name, source);
    }
    return t;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  Catalog catalog() {
    return catalog;
  }

  Settings settings() {
    return settings;
  }

  /** Judges {@code snapshot}; {@code sha256} is the fingerprint of its file (null if none). */
  ScanResult evaluate(Snapshot snapshot, String sha256) {
    return new Evaluator(catalog, selection.run(), waivers, attestations, selection.excluded())
        .evaluate(snapshot, ctx).withSettings(settings.withSnapshotSha256(sha256));
  }
}
