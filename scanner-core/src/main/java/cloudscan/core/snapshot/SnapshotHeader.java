package cloudscan.core.snapshot;

import java.time.Instant;
import java.util.List;

/** Snapshot metadata: format version, the tool that wrote it, and each provider's run. */
public record SnapshotHeader(int formatVersion, String toolVersion, Instant createdAt,
    List<ProviderRun> runs) {

  /**
   * Bumped on any incompatible change to the snapshot JSON; readers reject newer versions and
   * upgrade older ones. 2: tri-state values, what each scope was looked at for, scope levels,
   * skip causes, peers, the {@code fact} tag (version 1 repeated {@code kind}).
   */
  public static final int FORMAT_VERSION = 2;

  public SnapshotHeader {
    runs = List.copyOf(runs);
  }
}
