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
 * which were there before, and which of the earlier ones are gone (resolved).
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

  /**
   * @param previous the baseline's open findings (check IDs already mapped to current ones)
   * @param resolved the baseline's open findings that are gone now, in the baseline's order
   */
  public Baseline(Collection<Key> previous, List<Resolved> resolved) {
    this.previous = Set.copyOf(previous);
    this.resolved = List.copyOf(resolved);
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
    for (CheckOutcome o : before.checks()) {
      for (Finding f : o.findings()) {
        if (!compared(f.status())) {
          continue;
        }
        Key k = new Key(current.getOrDefault(f.checkId(), f.checkId()), f.resource(), f.status());
        if (previous.add(k) && !open.contains(k)) {
          resolved.add(new Resolved(f, o.spec().severity(), o.spec().requirements()));
        }
      }
    }
    return new Baseline(previous, resolved);
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

  public List<Resolved> resolved() {
    return resolved;
  }

  /** How many of {@code result}'s findings carry {@code mark} (each finding once). */
  public long count(ScanResult result, Mark mark) {
    return result.checks().stream().flatMap(o -> o.findings().stream())
        .filter(f -> mark(f) == mark).count();
  }
}
