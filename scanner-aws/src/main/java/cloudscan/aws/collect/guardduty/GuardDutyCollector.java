package cloudscan.aws.collect.guardduty;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.GetDetectorResponse;

/**
 * GuardDuty per region → {@link SecurityService} THREAT_DETECTION (detector enabled) and
 * MALWARE_PROTECTION (EBS malware protection feature). No detector means both are off.
 */
public final class GuardDutyCollector implements Collector {

  private final AwsClients clients;

  public GuardDutyCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "guardduty";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(SecurityService.class, SecurityService.Kind.THREAT_DETECTION), FactKinds.key(SecurityService.class, SecurityService.Kind.MALWARE_PROTECTION));
  }

  @Override
  public void collect(Target target, FactSink out) {
    GuardDutyClient gd = clients.client(target, GuardDutyClient.class, GuardDutyClient::builder);
    List<String> detectors = gd.listDetectorsPaginator(r -> { }).detectorIds().stream().toList();
    if (detectors.isEmpty()) {
      ResourceRef none = AwsRefs.regional(clients, target, "guardduty", "detector", "none");
      out.accept(new SecurityService(none, Kind.THREAT_DETECTION, Known.of(false), "no GuardDuty detector"));
      out.accept(new SecurityService(none, Kind.MALWARE_PROTECTION, Known.of(false), "no GuardDuty detector"));
      return;
    }
    for (String id : detectors) {
      GetDetectorResponse d = gd.getDetector(r -> r.detectorId(id));
      ResourceRef ref = AwsRefs.regional(clients, target, "guardduty", "detector", id);
      out.accept(new SecurityService(ref, Kind.THREAT_DETECTION, Known.of("ENABLED".equals(d.statusAsString())),
          "GuardDuty detector " + id));
      out.accept(new SecurityService(ref, Kind.MALWARE_PROTECTION,
          Known.of("ENABLED".equals(d.statusAsString()) && malwareProtection(d)), "GuardDuty EBS malware protection"));
    }
  }

  /** The EBS_MALWARE_PROTECTION feature (the older data-source form is deprecated and mirrored here). */
  private static boolean malwareProtection(GetDetectorResponse d) {
    return d.features().stream().anyMatch(f -> "EBS_MALWARE_PROTECTION".equals(f.nameAsString())
        && "ENABLED".equals(f.statusAsString()));
  }
}
