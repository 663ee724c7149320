package cloudscan.core.snapshot;

import java.time.Instant;
import java.util.List;

/** Snapshot metadata: format version, the tool that wrote it, and each provider's run. */
public record SnapshotHeader(int formatVersion, String toolVersion, Instant createdAt,
    List<ProviderRun> runs) {

  /** Bumped on any incompatible change to the snapshot JSON; readers reject newer versions. */
  public static final int FORMAT_VERSION = 1;

  public SnapshotHeader {
    runs = List.copyOf(runs);
  }
}
