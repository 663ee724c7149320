package cloudscan.testkit;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.ComputeInstance;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;

/**
 * Security services and servers: {@code on(THREAT_DETECTION, "gd-1")} is GuardDuty on in Tokyo,
 * {@code off(MALWARE_PROTECTION, "ap-northeast-3", "gd-osaka")} protection off in Osaka,
 * {@code on(MALWARE_PROTECTION, "global", "defender")} switched on account-wide.
 */
public final class DetectionFacts {

  private DetectionFacts() { }

  public static SecurityService on(Kind kind, String id) {
    return service(Refs.aws("security-service", id), kind, true);
  }

  public static SecurityService off(Kind kind, String id) {
    return service(Refs.aws("security-service", id), kind, false);
  }

  public static SecurityService on(Kind kind, String location, String id) {
    return service(Refs.aws(location, "security-service", id), kind, true);
  }

  public static SecurityService off(Kind kind, String location, String id) {
    return service(Refs.aws(location, "security-service", id), kind, false);
  }

  public static SecurityService service(ResourceRef ref, Kind kind, boolean enabled) {
    return new SecurityService(ref, kind, Known.of(enabled), kind.name().toLowerCase(java.util.Locale.ROOT) + " " + ref.id());
  }

  /** A service whose state could not be read. */
  public static SecurityService unread(Kind kind, String id) {
    return new SecurityService(Refs.aws("security-service", id), kind, Known.unread(), "unread " + id);
  }

  public static ComputeInstance server(String id) {
    return server(Refs.TOKYO, id);
  }

  public static ComputeInstance server(String location, String id) {
    return new ComputeInstance(Refs.aws(location, "ec2-instance", id), Known.of(true), Known.of(false));
  }
}
