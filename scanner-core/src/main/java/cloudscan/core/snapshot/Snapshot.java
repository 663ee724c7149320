package cloudscan.core.snapshot;

import cloudscan.core.engine.FactStore;
import java.util.List;

/** What was collected: the evidence a report is judged from, offline and repeatably. */
public record Snapshot(SnapshotHeader header, FactStore facts, List<Gap> gaps) {

  public Snapshot {
    gaps = List.copyOf(gaps);
  }
}
