package cloudscan.gcp.collect.securitycenter;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.securitycenter.v2.NotificationConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Security Command Center at an organization or a project → {@link SecurityService}: whether Event
 * Threat Detection (threat detection), Security Health Analytics (posture) and VM Threat Detection
 * (malware in VM memory; projects only) are on, from each service's effective enablement state
 * (Security Command Center Management) and the organization's tier ({@link Enablement}); and
 * whether notification configs route findings to people. Every project records its own services
 * (its effective state already follows the folders and organization above it, overrides
 * included); a project below an organization records notification configs only when it has some
 * (the organization's cover it).
 */
public final class SccCollector implements Collector {

  private final SccReads reads;
  private final Scope.Level level;

  public SccCollector(GcpContext ctx, Scope.Level level) {
    this.reads = new SccReads(ctx);
    this.level = level;
  }

  @Override
  public String service() {
    return "securitycenter";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Stream.concat(services().map(SccService::kind), Stream.of(Kind.INCIDENT_NOTIFICATION))
        .map(k -> FactKinds.key(SecurityService.class, k)).collect(Collectors.toSet());
  }

  @Override
  public Scope.Level level() {
    return level;
  }

  private Stream<SccService> services() {
    return Arrays.stream(SccService.values()).filter(s -> level != Scope.Level.ORGANIZATION || s.atOrganization());
  }

  @Override
  public void collect(Target target, FactSink out) {
    String parent = GcpContext.parent(target);
    if (parent.startsWith("folders/")) {
      return; // SCC is activated per organization or per project; a folder's settings show in its projects
    }
    Tier tier = reads.tierAbove(target);
    services().forEach(s -> {
      Enablement e = Enablement.of(reads.state(parent, s), tier);
      out.accept(new SecurityService(GcpContext.ref(target, "global", "securitycentermanagement.googleapis.com/SecurityCenterService",
          s.name(parent)), s.kind(), e.enabled(), e.detail()));
    });
    List<NotificationConfig> configs = reads.notifications(parent);
    boolean belowOrganization = !target.parents().isEmpty(); // a folder always sits in an organization
    if (belowOrganization && configs.isEmpty()) {
      return;
    }
    out.accept(new SecurityService(GcpContext.ref(target, "global", "securitycenter.googleapis.com/Settings", parent + "/securityCenter"),
        Kind.INCIDENT_NOTIFICATION, Known.of(!configs.isEmpty()), configs.isEmpty() ? "no Security Command Center notification config"
            : "SCC notifications → " + configs.stream().map(NotificationConfig::getPubsubTopic).collect(Collectors.joining(", "))));
  }
}
