package cloudscan.report;

import cloudscan.core.check.Text;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.engine.Settings;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.ScannedScope;
import cloudscan.core.snapshot.SnapshotHeader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What binds a report to its evidence, as the lines at the top of every human format: when it was
 * judged, when and by whom the snapshot was collected, which accounts and locations were scanned
 * and which were never examined. HTML and Markdown render these items as they are; a new header
 * field (a system name, the snapshot's SHA-256, thresholds in effect, excluded checks) is one more
 * {@link Item} added in {@link #of}.
 *
 * @param items in display order
 */
public record EvidenceHeader(List<Item> items) {

  /** Lists longer than this are cut with "and N more"; the collection record has them all. */
  static final int LISTED = 10;

  /**
   * One line of the header.
   *
   * @param key   a stable name, for tests and CSS ({@code evaluatedAt}, {@code accounts} …)
   * @param code  true when the value is an identifier best shown in a fixed-width font
   */
  public record Item(String key, Text label, Text value, boolean code) {
    public Item {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  public EvidenceHeader {
    items = List.copyOf(items);
  }

  public static EvidenceHeader of(ScanResult r) {
    SnapshotHeader s = r.snapshot();
    List<Item> items = new ArrayList<>();
    Settings settings = r.settings();
    if (settings.systemName() != null) {
      items.add(new Item("systemName", Text.of("対象システム・事業者", "System / vendor"), Text.same(settings.systemName()), false));
    }
    items.add(new Item("evaluatedAt", Text.of("評価日時", "Evaluated"), Text.same(Times.human(r.evaluatedAt())), false));
    items.add(new Item("collectedAt", Text.of("収集日時", "Collected"), collected(s), false));
    String identities = s.runs().stream().filter(run -> run.identity() != null)
        .map(run -> run.provider() + ": " + run.identity()).collect(Collectors.joining("; "));
    if (!identities.isEmpty()) {
      items.add(new Item("identity", Text.of("診断に使った ID", "Identity"), Text.same(identities), true));
    }
    items.add(new Item("accounts", Text.of("診断したアカウント等", "Accounts, subscriptions, projects"),
        counted(accounts(s.runs())), false));
    items.add(new Item("locations", Text.of("診断したロケーション", "Locations scanned"),
        counted(locations(s.runs())), false));
    items.add(new Item("neverExamined", Text.of("一度も確認していないロケーション", "Locations never examined"),
        neverExamined(s.runs()), false));
    items.add(new Item("snapshot", Text.of("スナップショット", "Snapshot"), Text.of(
        "形式 " + s.formatVersion() + " · cloudscan " + Objects.requireNonNullElse(s.toolVersion(), "?"),
        "format " + s.formatVersion() + " · cloudscan " + Objects.requireNonNullElse(s.toolVersion(), "?")), false));
    if (settings.snapshotSha256() != null) {
      items.add(new Item("snapshotSha256", Text.of("スナップショットの SHA-256", "Snapshot SHA-256"),
          Text.same(settings.snapshotSha256()), true));
    }
    if (!settings.thresholds().isEmpty()) {
      items.add(new Item("thresholds", Text.of("しきい値", "Thresholds"), thresholds(settings), true));
    }
    if (!settings.excludedChecks().isEmpty()) {
      items.add(new Item("excludedChecks", Text.of("除外したチェック（該当要件は未評価）", "Checks excluded (their requirements: not assessed)"),
          counted(settings.excludedChecks()), true));
    }
    return new EvidenceHeader(items);
  }

  /** {@code logRetentionDays=365, patchWindowDays=5 (catalog 7, option)}: tightened ones say so. */
  private static Text thresholds(Settings s) {
    List<String> ja = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Settings.ThresholdSetting t : s.thresholds()) {
      boolean tightened = !t.value().equals(t.catalogValue());
      String src = t.source().name().toLowerCase(java.util.Locale.ROOT);
      ja.add(t.name() + "=" + t.value() + (tightened ? "（カタログ " + t.catalogValue() + "、" + src + " で厳格化）" : ""));
      en.add(t.name() + "=" + t.value() + (tightened ? " (catalog " + t.catalogValue() + ", tightened by " + src + ")" : ""));
    }
    return Text.of(String.join("、", ja), String.join(", ", en));
  }

  /** The span of the runs, or when the snapshot was written if the runs carry no times. */
  private static Text collected(SnapshotHeader s) {
    Instant start = s.runs().stream().map(ProviderRun::startedAt).filter(Objects::nonNull).min(Instant::compareTo)
        .orElse(null);
    Instant end = s.runs().stream().map(ProviderRun::finishedAt).filter(Objects::nonNull).max(Instant::compareTo)
        .orElse(s.createdAt());
    if (start == null) {
      return end == null ? Text.of("不明", "unknown") : Text.same(Times.human(end));
    }
    return Text.same(Times.human(start) + " – " + Times.human(end));
  }

  /** {@code aws 111122223333} per scanned account, subscription or project (not organizations). */
  private static Set<String> accounts(List<ProviderRun> runs) {
    return scopes(runs).filter(sc -> sc.level() != Scope.Level.ORGANIZATION)
        .map(sc -> sc.cloud().id() + " " + sc.account()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> locations(List<ProviderRun> runs) {
    return scopes(runs).filter(sc -> sc.level() == Scope.Level.LOCATION)
        .map(sc -> sc.cloud().id() + " " + sc.location()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static java.util.stream.Stream<ScannedScope> scopes(List<ProviderRun> runs) {
    return runs.stream().flatMap(run -> run.scopes().stream());
  }

  /** Skipped locations that belong to the estate (not an opt-in region that is off). */
  private static Text neverExamined(List<ProviderRun> runs) {
    List<SkippedLocation> missed = runs.stream().flatMap(run -> run.skipped().stream())
        .filter(sk -> sk.cause().inEstate()).toList();
    if (missed.isEmpty()) {
      return Text.of("なし", "none");
    }
    return counted(
        missed.stream().map(sk -> sk.account() + " " + sk.location() + "（" + Labels.of(sk.cause()).ja() + "）").toList(),
        missed.stream().map(sk -> sk.account() + " " + sk.location() + " (" + Labels.of(sk.cause()).en() + ")").toList());
  }

  /** {@code 3: aws 1111, azure sub-1, gcp p} (cut after {@link #LISTED}). */
  private static Text counted(Collection<String> values) {
    if (values.isEmpty()) {
      return Text.of("記録なし", "none recorded");
    }
    return counted(List.copyOf(values), List.copyOf(values));
  }

  private static Text counted(List<String> ja, List<String> en) {
    int rest = ja.size() - LISTED;
    String shownJa = String.join("、", ja.subList(0, Math.min(ja.size(), LISTED)));
    String shownEn = String.join(", ", en.subList(0, Math.min(en.size(), LISTED)));
    return Text.of(ja.size() + " 件: " + shownJa + (rest > 0 ? "、ほか " + rest + " 件" : ""),
        en.size() + ": " + shownEn + (rest > 0 ? ", and " + rest + " more" : ""));
  }
}
