package cloudscan.core.engine;

import cloudscan.core.check.Status;
import cloudscan.core.waiver.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns FAIL findings covered by a valid waiver into WAIVED. An expired waiver never hides a
 * failure; it is remembered so the report (and the CI gate) can say it expired.
 */
final class WaiverApplier {

  private final List<Waiver> waivers;
  private final LocalDate today;
  private final Set<Waiver> expiredHits = new LinkedHashSet<>();

  WaiverApplier(List<Waiver> waivers, LocalDate today) {
    this.waivers = waivers;
    this.today = today;
  }

  CheckOutcome apply(CheckOutcome outcome) {
    if (waivers.isEmpty() || !outcome.has(Status.FAIL)) {
      return outcome;
    }
    List<Waiver> forCheck = waiversFor(outcome);
    if (forCheck.isEmpty()) {
      return outcome;
    }
    List<Finding> out = new ArrayList<>(outcome.findings().size());
    for (Finding f : outcome.findings()) {
      out.add(f.status() == Status.FAIL ? match(forCheck, f).map(f::withWaiver).orElse(f) : f);
    }
    return outcome.withFindings(out);
  }

  private Optional<Waiver> match(List<Waiver> forCheck, Finding f) {
    Waiver valid = null;
    List<Waiver> expired = new ArrayList<>(0);
    for (Waiver w : forCheck) {
      if (!w.matchesResource(f.resource().id(), f.resource().account(), f.resource().location())) {
        continue;
      }
      if (w.validOn(today)) {
        valid = valid == null ? w : valid;
      } else {
        expired.add(w);
      }
    }
    if (valid == null && !expired.isEmpty()) {
      // Only an expired waiver that would have mattered is reported (exit 4 and the report).
      synchronized (expiredHits) {
        expiredHits.addAll(expired);
      }
    }
    return Optional.ofNullable(valid);
  }

  /** Waivers naming this check: its ID (or a glob matching it), or exactly one of its former IDs. */
  private List<Waiver> waiversFor(CheckOutcome outcome) {
    return waivers.stream().filter(w -> w.matchesCheck(outcome.spec().id())
        || outcome.spec().aliases().stream().anyMatch(w::namesExactly)).toList();
  }

  List<Waiver> expiredHits() {
    return List.copyOf(expiredHits);
  }
}
