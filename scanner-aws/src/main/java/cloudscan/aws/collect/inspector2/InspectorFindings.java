package cloudscan.aws.collect.inspector2;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.Vulnerability;
import cloudscan.core.fact.Vulnerability.Level;
import cloudscan.core.provider.Target;
import java.time.Instant;
import java.util.Locale;
import software.amazon.awssdk.services.inspector2.model.Finding;
import software.amazon.awssdk.services.inspector2.model.FixAvailable;
import software.amazon.awssdk.services.inspector2.model.Resource;
import software.amazon.awssdk.services.inspector2.model.ResourceType;

/** How an Inspector finding reads as a {@link Vulnerability}. */
final class InspectorFindings {

  private InspectorFindings() { }

  static Vulnerability vulnerability(AwsClients clients, Target target, Finding f) {
    return new Vulnerability(resource(clients, target, f), findingId(f), f.title(), level(f),
        fixAvailableSince(f), f.firstObservedAt());
  }

  /**
   * The finding's first resource. EC2 instances come as bare IDs: their ARN is built as the EC2
   * collectors build it, so both facts name the same resource.
   */
  static ResourceRef resource(AwsClients clients, Target target, Finding f) {
    Resource r = f.resources().isEmpty() ? null : f.resources().get(0);
    if (r == null || r.id() == null) {
      return AwsRefs.withId(target, target.location(), "inspector2", "finding", f.findingArn());
    }
    String region = r.region() == null ? target.location() : r.region();
    if (r.type() == ResourceType.AWS_EC2_INSTANCE && !r.id().startsWith("arn:")) {
      Target inRegion = region.equals(target.location()) ? target
          : new Target(new Scope(target.scope().cloud(), target.account(), region));
      return AwsRefs.regional(clients, inRegion, "ec2", "instance", r.id());
    }
    return AwsRefs.withId(target, region, "inspector2", kind(r), r.id());
  }

  /** {@code AWS_ECR_CONTAINER_IMAGE} → {@code ecr-container-image}. */
  private static String kind(Resource r) {
    String type = r.typeAsString() == null ? "resource" : r.typeAsString();
    return type.replaceFirst("^AWS_", "").toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The CVE (or vendor advisory) for package findings; the finding ARN for the rest. */
  static String findingId(Finding f) {
    var details = f.packageVulnerabilityDetails();
    return details != null && details.vulnerabilityId() != null ? details.vulnerabilityId() : f.findingArn();
  }

  /**
   * Inspector reports no fix release date. The vendor advisory's creation ({@code vendorCreatedAt})
   * stands in for it: an approximation (an advisory can predate its fix), but not
   * {@code vendorUpdatedAt}, which moves with every edit of the advisory and would restart the
   * clock, nor {@code firstObservedAt}, which is when Inspector first saw the package. A partial
   * fix is a fix for some of the affected packages, and they must be patched within the window
   * too. A fix without an advisory date is unread (UNKNOWN), never "no fix".
   */
  static Known<Instant> fixAvailableSince(Finding f) {
    if (f.fixAvailable() != FixAvailable.YES && f.fixAvailable() != FixAvailable.PARTIAL) {
      return Known.notOffered();
    }
    var details = f.packageVulnerabilityDetails();
    return Known.ofNullable(details == null ? null : details.vendorCreatedAt());
  }

  static Level level(Finding f) {
    return switch (f.severityAsString() == null ? "" : f.severityAsString()) {
      case "CRITICAL" -> Level.CRITICAL;
      case "HIGH" -> Level.HIGH;
      case "MEDIUM" -> Level.MEDIUM;
      case "LOW" -> Level.LOW;
      case "INFORMATIONAL" -> Level.INFORMATIONAL;
      default -> Level.UNTRIAGED;
    };
  }
}
