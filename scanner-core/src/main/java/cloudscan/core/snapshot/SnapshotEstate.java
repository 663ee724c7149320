package cloudscan.core.snapshot;

import cloudscan.core.check.Estate;
import cloudscan.core.fact.Cloud;
import cloudscan.core.provider.SkippedLocation;
import java.util.List;

/** Builds the {@link Estate} checks see from a snapshot's runs. */
public final class SnapshotEstate {

  private SnapshotEstate() { }

  public static Estate of(List<ProviderRun> runs, List<Gap> gaps) {
    Estate.Builder b = Estate.builder();
    gaps.forEach(g -> g.factKinds().forEach(k -> b.gap(g.scope(), k)));
    for (ProviderRun run : runs) {
      for (ScannedScope s : run.scopes()) {
        b.scanned(s.scope(), s.level(), s.parents(), s.lookedFor());
      }
      Cloud cloud = run.scopes().isEmpty() ? Cloud.fromId(run.provider()) : run.scopes().get(0).cloud();
      for (SkippedLocation k : run.skipped()) {
        b.skipped(cloud, k.account(), k.location(), k.cause(), k.reason(), k.evidence());
      }
    }
    return b.build();
  }
}
