package cloudscan.core.engine;

import cloudscan.core.catalog.RequirementId;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.fact.ResourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A result compared with an earlier one (the baseline): which of today's open findings are new,
 * which were there before, and which of the earlier ones are gone (resolved). An earlier finding
 * that today's run could not judge — its check excluded or failed, a gap in what the check needs
 * where the finding is, or its location never examined — is not resolved: it is listed apart as
 * no longer assessed, never counted as fixed.
 *
 * <p>Only open findings take part: FAIL, WARN and UNKNOWN. A finding is identified by its check
 * (a former ID in the baseline counts as the check's current ID), its resource (cloud, account,
 * location, type, ID) and its status, so a FAIL that turns into a WARN is a new WARN plus a
 * resolved FAIL. Messages are ignored: they may carry values that change every day (key ages).
 * Several findings with the same identity count as one.
 */
public final class Baseline {

  /** How a finding compares with the baseline. */
  public enum Mark { NEW, UNCHANGED }

  /** The identity of a finding across runs. */
  public record Key(String checkId, ResourceRef resource, Status status) {
    public Key {
      Objects.requireNonNull(checkId, "checkId");
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(status, "status");
    }

    public static Key of(Finding f) {
      return new Key(f.checkId(), f.resource(), f.status());
    }
  }

  /**
   * An open finding of the baseline that is gone now, with the severity and requirements its
   * check had then.
   */
  public record Resolved(Finding finding, Severity severity, List<RequirementId> requirements) {
    public Resolved {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(severity, "severity");
      requirements = List.copyOf(requirements);
    }
  }

  private final Set<Key> previous;
  private final List<Resolved> resolved;
  private final List<Resolved> notAssessed;

  /**
   * @param previous the baseline's open findings (check IDs already mapped to current ones)
   * @param resolved the baseline's open findings that are gone now, in the baseline's order
   */
  public Baseline(Collection<Key> previous, List<Resolved> resolved) {
    this(previous, resolved, List.of());
  }

  /**
   * @param notAssessed the baseline's open findings that are gone only because this run could not
   *                    judge them (check excluded or failed, a gap, a location not examined)
   */
  public Baseline(Collection<Key> previous, List<Resolved> resolved, List<Resolved> notAssessed) {
    this.previous = Set.copyOf(previous);
    this.resolved = List.copyOf(resolved);
    this.notAssessed = List.copyOf(notAssessed);
  }

  /** True for the statuses that are compared: FAIL, WARN, UNKNOWN. */
  public static boolean compared(Status s) {
    return s == Status.FAIL || s == Status.WARN || s == Status.UNKNOWN;
  }

  /** Compares {@code now} with {@code before}; a renamed check is matched by its former IDs. */
  public static Baseline compare(ScanResult before, ScanResult now) {
    Map<String, String> current = new HashMap<>();
    for (CheckOutcome o : now.checks()) {
      CheckSpec s = o.spec();
      s.aliases().forEach(a -> current.putIfAbsent(a, s.id()));
      current.put(s.id(), s.id());
    }
    Set<Key> open = new HashSet<>();
    for (CheckOutcome o : now.checks()) {
      o.findings().stream().filter(f -> compared(f.status())).forEach(f -> open.add(Key.of(f)));
    }
    Set<Key> previous = new LinkedHashSet<>();
    List<Resolved> resolved = new ArrayList<>();
    List<Resolved> notAssessed = new ArrayList<>();
    Map<String, CheckOutcome> judged = now.checksById();
    for (CheckOutcome o : before.checks()) {
      for (Finding f : o.findings()) {
        if (!compared(f.status())) {
          continue;
        }
        String id = current.getOrDefault(f.checkId(), f.checkId());
        Key k = new Key(id, f.resource(), f.status());
        if (previous.add(k) && !open.contains(k)) {
          Resolved r = new Resolved(f, o.spec().severity(), o.spec().requirements());
          (assessed(now, judged.get(id), f) ? resolved : notAssessed).add(r);
        }
      }
    }
    return new Baseline(previous, resolved, notAssessed);
  }

  /** Whether {@code now} could judge the earlier finding {@code f} again. */
  private static boolean assessed(ScanResult now, CheckOutcome outcome, Finding f) {
    if (outcome == null || outcome.error() != null) {
      return false; // the check was excluded, or failed to run
    }
    ResourceRef r = f.resource();
    boolean gapped = now.gaps().stream().anyMatch(g -> g.affectsAny(outcome.spec().needs())
        && g.scope().cloud() == r.cloud() && g.scope().account().equals(r.account())
        && (g.scope().location().equals(r.location()) || g.scope().isGlobal() || ResourceRef.GLOBAL.equals(r.location())));
    boolean unexamined = now.snapshot().runs().stream().flatMap(run -> run.skipped().stream())
        .anyMatch(s -> s.cause().inEstate() && s.account().equals(r.account()) && s.location().equals(r.location()));
    return !gapped && !unexamined;
  }

  /** NEW or UNCHANGED for an open finding; null for PASS and WAIVED, which are not compared. */
  public Mark mark(Finding f) {
    if (!compared(f.status())) {
      return null;
    }
    return previous.contains(Key.of(f)) ? Mark.UNCHANGED : Mark.NEW;
  }

  public boolean isNew(Finding f) {
    return mark(f) == Mark.NEW;
  }

  /** The baseline's open findings, by identity. */
  public Set<Key> previous() {
    return previous;
  }

  /** Earlier open findings that are gone because they were fixed or their resource is gone. */
  public List<Resolved> resolved() {
    return resolved;
  }

  /** Earlier open findings this run could not judge: not fixed, not resolved. */
  public List<Resolved> notAssessed() {
    return notAssessed;
  }

  /** How many of {@code result}'s findings carry {@code mark} (each finding once). */
  public long count(ScanResult result, Mark mark) {
    return result.checks().stream().flatMap(o -> o.findings().stream())
        .filter(f -> mark(f) == mark).count();
  }
}
