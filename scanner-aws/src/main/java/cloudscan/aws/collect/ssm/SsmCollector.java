package cloudscan.aws.collect.ssm;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import software.amazon.awssdk.services.ssm.SsmClient;
import java.util.Set;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;

/**
 * Systems Manager → {@link SecurityService} (MANAGED_ACCESS): on when at least one managed node
 * of the region is online for Session Manager; the counts go into the detail. Which instance is
 * managed is the EC2 compute collector's business ({@code ComputeInstance.managedAccess}).
 */
public final class SsmCollector implements Collector {

  private final AwsClients clients;

  public SsmCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "ssm";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(SecurityService.class, SecurityService.Kind.MANAGED_ACCESS));
  }

  @Override
  public void collect(Target target, FactSink out) {
    long managed = 0;
    long online = 0;
    for (InstanceInformation node : managedNodes(clients, target)) {
      managed++;
      if ("Online".equals(node.pingStatusAsString())) {
        online++;
      }
    }
    out.accept(new SecurityService(AwsRefs.regional(clients, target, "ssm", "managed-instances", target.account()),
        SecurityService.Kind.MANAGED_ACCESS, Known.of(online > 0),
        "Systems Manager: " + online + " of " + managed + " managed node(s) online"));
  }

  /** Every SSM managed node in the target's region, read once per region (Ec2Compute needs them too). */
  public static List<InstanceInformation> managedNodes(AwsClients clients, Target target) {
    return clients.shared(target, "ssm:DescribeInstanceInformation", () -> clients
        .client(target, SsmClient.class, SsmClient::builder)
        .describeInstanceInformationPaginator(r -> { }).instanceInformationList().stream().toList());
  }
}
