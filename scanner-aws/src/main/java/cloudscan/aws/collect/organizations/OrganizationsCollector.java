package cloudscan.aws.collect.organizations;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.Set;

/**
 * AWS Organizations (global) → one {@link LocationGuardrail} for the scanned account: the regions
 * left allowed by the SCPs in effect on it ({@link RegionGuardrail}), when any restricts regions.
 * The region plan read the same guardrail when the scan opened; this collector reuses that read
 * (no second call) and, when it failed, records the failure as the gap.
 */
public final class OrganizationsCollector implements Collector {

  private final AwsClients clients;

  public OrganizationsCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "organizations";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(LocationGuardrail.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    RegionGuardrail.of(clients, target.account()).ifPresent(g -> out.accept(new LocationGuardrail(
        AwsRefs.withId(target, target.location(), "organizations", "scp-region-guardrail", g.arn()),
        g.allowed(), g.enforced())));
  }
}
