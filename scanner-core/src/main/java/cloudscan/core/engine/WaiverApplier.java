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
    List<Finding> out = new ArrayList<>(outcome.findings().size());
    for (Finding f : outcome.findings()) {
      out.add(f.status() == Status.FAIL ? match(outcome, f).map(f::withWaiver).orElse(f) : f);
    }
    return outcome.withFindings(out);
  }

  private Optional<Waiver> match(CheckOutcome outcome, Finding f) {
    Waiver valid = null;
    for (Waiver w : waivers) {
      boolean checkMatches = w.matchesCheck(outcome.spec().id())
          || outcome.spec().aliases().stream().anyMatch(w::matchesCheck);
      if (!checkMatches || !w.matchesResource(f.resource().id(), f.resource().account(),
          f.resource().location())) {
        continue;
      }
      if (w.validOn(today)) {
        valid = valid == null ? w : valid;
      } else {
        synchronized (expiredHits) {
          expiredHits.add(w);
        }
      }
    }
    return Optional.ofNullable(valid);
  }

  List<Waiver> expiredHits() {
    return List.copyOf(expiredHits);
  }
}
