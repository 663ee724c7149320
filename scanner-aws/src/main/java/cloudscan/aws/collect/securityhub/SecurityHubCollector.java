package cloudscan.aws.collect.securityhub;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.DescribeHubResponse;
import software.amazon.awssdk.services.securityhub.model.InvalidAccessException;
import software.amazon.awssdk.services.securityhub.model.StandardsSubscription;

/**
 * AWS Security Hub → {@link SecurityService} (POSTURE_MANAGEMENT): on when the account is
 * subscribed in this region, with the enabled standards as detail. "Not subscribed" is an answer
 * (off); enabled standards that cannot be read leave the hub on and record a gap.
 */
public final class SecurityHubCollector implements Collector {

  private final AwsClients clients;

  public SecurityHubCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "securityhub";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(SecurityService.class, SecurityService.Kind.POSTURE_MANAGEMENT));
  }

  @Override
  public void collect(Target target, FactSink out) {
    SecurityHubClient hub = clients.client(target, SecurityHubClient.class, SecurityHubClient::builder);
    DescribeHubResponse described;
    try {
      described = hub.describeHub(r -> { });
    } catch (InvalidAccessException notSubscribed) {
      ResourceRef none = AwsRefs.regional(clients, target, "securityhub", "hub", "default");
      out.accept(new SecurityService(none, SecurityService.Kind.POSTURE_MANAGEMENT, Known.of(false),
          "Security Hub not enabled"));
      return;
    }
    ResourceRef ref = AwsRefs.withId(target, target.location(), "securityhub", "hub", described.hubArn());
    out.accept(new SecurityService(ref, SecurityService.Kind.POSTURE_MANAGEMENT, Known.of(true),
        "Security Hub" + standards(hub, out)));
  }

  /** {@code ": aws-foundational-security-best-practices/v/1.0.0, …"}; unknown (and a kind-less gap) on failure. */
  private static String standards(SecurityHubClient hub, FactSink out) {
    List<String> names;
    try {
      names = hub.getEnabledStandardsPaginator(r -> { }).standardsSubscriptions().stream()
          .filter(s -> !"DELETING".equals(s.standardsStatusAsString()))
          .map(SecurityHubCollector::name).toList();
    } catch (SdkException e) {
      // The standards list is detail only: no check reads it. Record the failure as a visible gap
      // that blocks no fact kind, so GuardDuty/Config/Inspector verdicts of this region stand.
      out.gap(e, Set.of());
      return " (enabled standards unknown)";
    }
    return names.isEmpty() ? " (no standards enabled)" : ": " + String.join(", ", names);
  }

  /** {@code arn:aws:securityhub:ap-northeast-1::standards/aws-foundational-security-best-practices/v/1.0.0}. */
  private static String name(StandardsSubscription s) {
    String arn = s.standardsArn() == null ? "" : s.standardsArn();
    int slash = arn.indexOf('/');
    return slash < 0 ? arn : arn.substring(slash + 1);
  }
}
