package cloudscan.core.engine;

import cloudscan.core.check.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a result was judged besides the snapshot's facts: the yardstick and the evidence it is
 * bound to. Reports show it in their header, because each part changes what a verdict means.
 *
 * @param thresholds     every threshold in effect, in {@link Thresholds#names()} order; empty
 *                       only in results of versions that did not record them
 * @param selection      the check selection as given, e.g. {@code --exclude-checks net.flow-logs-off};
 *                       empty when every check ran
 * @param excludedChecks IDs of the checks the selection left out, in registry order: every
 *                       requirement they serve is {@link RequirementStatus#NOT_ASSESSED}
 * @param systemName     {@code --system-name}: the system or vendor the report is filed under, or null
 * @param snapshotSha256 lower-case hex SHA-256 of the snapshot file judged (the bytes {@code scan}
 *                       and {@code demo} wrote, or {@code evaluate} read), or null when unknown
 */
public record Settings(List<ThresholdSetting> thresholds, List<String> selection,
    List<String> excludedChecks, String systemName, String snapshotSha256) {

  /** Nothing recorded (results of earlier versions, tests). */
  public static final Settings NONE = new Settings(List.of(), List.of(), List.of(), null, null);

  /** Where the value of a threshold in effect came from; precedence: option > config > catalog. */
  public enum Source {
    /** The catalog's {@code thresholds} block (or the built-in default a catalog without one keeps). */
    CATALOG,
    /** The {@code --config} file. */
    CONFIG,
    /** A {@code --threshold NAME=VALUE} option. */
    OPTION
  }

  /**
   * One threshold in effect.
   *
   * @param value        the value judged with (a number, or a date {@code YYYY-MM-DD})
   * @param catalogValue the catalog's value; equal to {@code value} unless it was tightened
   */
  public record ThresholdSetting(String name, String value, String catalogValue, Source source) {
    public ThresholdSetting {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(catalogValue, "catalogValue");
      Objects.requireNonNull(source, "source");
    }
  }

  public Settings {
    thresholds = List.copyOf(thresholds);
    selection = List.copyOf(selection);
    excludedChecks = List.copyOf(excludedChecks);
  }

  /**
   * Every threshold of {@code inEffect}, with the catalog's value beside it and its source
   * ({@link Source#CATALOG} unless {@code sources} names another).
   */
  public static List<ThresholdSetting> thresholds(Thresholds catalog, Thresholds inEffect,
      Map<String, Source> sources) {
    List<ThresholdSetting> out = new ArrayList<>();
    for (String n : Thresholds.names()) {
      out.add(new ThresholdSetting(n, inEffect.valueOf(n), catalog.valueOf(n),
          sources.getOrDefault(n, Source.CATALOG)));
    }
    return out;
  }

  public Settings withSnapshotSha256(String sha256) {
    return new Settings(thresholds, selection, excludedChecks, systemName, sha256);
  }
}
