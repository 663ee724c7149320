package cloudscan.core.snapshot;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Scope;
import java.util.List;
import java.util.Objects;

/**
 * A collection step that failed: "could not look", which is never the same as "found nothing".
 *
 * @param service   the collector's service (e.g. {@code ec2}, {@code kms})
 * @param operation the API operation that failed, when known
 * @param factKinds fact kinds this step would have produced (names from {@link FactKinds})
 */
public record Gap(Scope scope, String service, String operation, GapKind kind, String message,
    List<String> factKinds) {

  public Gap {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(kind, "kind");
    message = message == null ? "" : message;
    factKinds = List.copyOf(factKinds);
  }

  public boolean affects(Class<? extends Fact> kind) {
    return factKinds.contains(FactKinds.nameOf(kind));
  }

  public boolean affectsAny(List<Class<? extends Fact>> kinds) {
    return kinds.stream().anyMatch(this::affects);
  }
}
