package cloudscan.gcp.collect.securitycenter;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.securitycenter.v2.NotificationConfig;
import com.google.cloud.securitycenter.v2.Source;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Security Command Center at an organization or a project → {@link SecurityService}: the built-in
 * finding sources show which services are on (Event Threat Detection: threat detection, Premium
 * tier; Security Health Analytics: posture; Virtual Machine Threat Detection: malware in VM
 * memory), notification configs route findings to people. A project below an organization
 * records only what it has itself; what it lacks is judged by the organization's facts.
 */
public final class SccCollector implements Collector {

  static final Map<Kind, String> SOURCES = Map.of(
      Kind.THREAT_DETECTION, "Event Threat Detection",
      Kind.POSTURE_MANAGEMENT, "Security Health Analytics",
      Kind.MALWARE_PROTECTION, "Virtual Machine Threat Detection");

  private final GcpContext ctx;
  private final Scope.Level level;

  public SccCollector(GcpContext ctx, Scope.Level level) {
    this.ctx = ctx;
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
    return Set.of(FactKinds.key(SecurityService.class, Kind.THREAT_DETECTION),
        FactKinds.key(SecurityService.class, Kind.POSTURE_MANAGEMENT),
        FactKinds.key(SecurityService.class, Kind.MALWARE_PROTECTION),
        FactKinds.key(SecurityService.class, Kind.INCIDENT_NOTIFICATION));
  }

  @Override
  public Scope.Level level() {
    return level;
  }

  /** The finding sources' names under {@code parent}, read once per scan. */
  private List<String> sources(String parent) {
    return ctx.clients().shared("securitycenter.sources.list:" + parent, () -> GcpCall.list("securitycenter.sources.list",
        () -> ctx.gapic().securityCenter().listSources(parent).iterateAll()).stream().map(Source::getDisplayName).toList());
  }

  /**
   * The organization's SCC tier ({@code organizations.getSubscription}, v1beta2): STANDARD,
   * PREMIUM, ENTERPRISE…; unread when it cannot be read or is unspecified.
   */
  private Known<String> tier(String org) {
    return ctx.clients().shared("securitycenter.subscription.get:" + org, () -> {
      try {
        Struct sub = GcpCall.get("securitycenter.subscription.get", () -> ctx.clients().rest("securitycenter")
            .pages("/v1beta2/" + org + "/subscription", Map.of(), Struct.getDefaultInstance()).get(0));
        String t = sub.getFieldsOrDefault("tier", Value.getDefaultInstance()).getStringValue();
        return t.isEmpty() || t.equals("TIER_UNSPECIFIED") ? Known.<String>unread() : Known.of(t);
      } catch (GcpCall.GcpCallException e) {
        return Known.<String>unread(); // a tier not read leaves the Premium detectors unknown, never on
      }
    });
  }

  /**
   * Event Threat Detection and VM Threat Detection are Premium and Enterprise services: on an
   * organization they are on when its tier includes them and their source exists, off on the
   * Standard tier, unknown when the tier could not be read. Elsewhere the source decides.
   */
  static Known<Boolean> enabled(Kind kind, boolean source, Known<String> tier) {
    if (kind == Kind.POSTURE_MANAGEMENT || tier.isNotOffered()) {
      return Known.of(source);
    }
    if (!tier.isKnown()) {
      return Known.unread();
    }
    return Known.of(source && !tier.value().equals("STANDARD"));
  }

  @Override
  public void collect(Target target, FactSink out) {
    String parent = GcpContext.parent(target);
    if (parent.startsWith("folders/")) {
      return; // SCC is activated per organization or per project
    }
    ResourceRef ref = GcpContext.ref(target, "global", "securitycenter.googleapis.com/Settings", parent + "/securityCenter");
    List<String> names = sources(parent);
    // A project under an organization inherits the organization's SCC: what it lacks itself is
    // judged by the organization's facts (which cover it), so only what it has is recorded here;
    // when the organization's SCC cannot be read, the project cannot be judged either.
    String org = target.parents().stream().filter(p -> p.startsWith("organizations/")).findFirst().orElse(null);
    boolean inherits = org != null;
    if (inherits) {
      sources(org);
    }
    Known<String> tier = parent.startsWith("organizations/") ? tier(parent) : Known.notOffered();
    SOURCES.forEach((kind, source) -> {
      if (!inherits || names.contains(source)) {
        out.accept(new SecurityService(ref, kind, enabled(kind, names.contains(source), tier),
            "Security Command Center" + (tier.isKnown() ? " " + tier.value() : tier.isUnread() ? " (tier not readable: "
                + "grant securitycenter.subscription.get)" : "") + ": " + source));
      }
    });
    List<NotificationConfig> configs = GcpCall.list("securitycenter.notificationconfig.list",
        () -> ctx.gapic().securityCenter().listNotificationConfigs(parent + "/locations/global").iterateAll());
    if (inherits && configs.isEmpty()) {
      return;
    }
    out.accept(new SecurityService(ref, Kind.INCIDENT_NOTIFICATION, Known.of(!configs.isEmpty()),
        configs.isEmpty() ? "no Security Command Center notification config"
            : "SCC notifications → " + configs.stream().map(NotificationConfig::getPubsubTopic)
                .collect(Collectors.joining(", "))));
  }
}
