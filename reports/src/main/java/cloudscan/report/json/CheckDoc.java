package cloudscan.report.json;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.fact.FactKinds;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A check's metadata (straight from its {@link CheckSpec}, the one source of truth) and how it
 * went.
 *
 * @param error         set when the check itself failed to run (it then counts as UNKNOWN)
 * @param notApplicable nothing in scope to judge and no gap
 */
record CheckDoc(String id, List<String> aliases, Bi title, Bi remediation, Severity severity,
    List<String> requirements, List<String> needs, @Nullable String error, boolean notApplicable,
    Map<Status, Long> counts) {

  static CheckDoc of(CheckOutcome o) {
    CheckSpec s = o.spec();
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status st : Status.values()) {
      counts.put(st, o.counts().getOrDefault(st, 0L));
    }
    return new CheckDoc(s.id(), s.aliases(), Bi.of(s.title()), Bi.of(s.remediation()),
        s.severity(), s.requirements().stream().map(Object::toString).toList(),
        s.needs().stream().map(FactKinds::nameOf).toList(), o.error(), o.notApplicable(), counts);
  }
}
