package cloudscan.aws.collect.ec2;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Reads;
import cloudscan.aws.collect.Reads.Fetched;
import cloudscan.core.fact.AddressList;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.VirtualNetwork;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.Subnet;

/**
 * Security-group rules and network-ACL entries → {@link NetworkRule} (prefix lists resolved:
 * {@link AddressList}); every network interface → {@link NetworkAttachment} (its subnet's network
 * ACL as the outer layer, its security groups as the inner one, by the same rule-set IDs the rules
 * carry); VPCs with their flow logs (VPC-wide or per subnet) → {@link VirtualNetwork}; names and
 * tags, which these calls return for free → {@link ResourceLabel}.
 */
public final class Ec2NetworkCollector implements Collector {

  private final AwsClients clients;

  public Ec2NetworkCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(NetworkRule.class, VirtualNetwork.class, NetworkAttachment.class, AddressList.class,
        ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    Ec2Client ec2 = clients.client(target, Ec2Client.class, Ec2Client::builder);
    PrefixLists lists = prefixLists(target, ec2, out);
    ec2.describeSecurityGroupsPaginator(r -> { }).securityGroups().forEach(g -> {
      ResourceRef ref = ref(target, "security-group", g.groupId());
      SecurityGroupRules.of(ref, g, lists).forEach(out::accept);
      out.accept(Ec2Labels.of(ref, g.tags(), g.groupName()));
    });
    Map<String, String> aclOfSubnet = new HashMap<>();
    ec2.describeNetworkAclsPaginator(r -> { }).networkAcls().forEach(acl -> {
      ResourceRef ref = ref(target, "network-acl", acl.networkAclId());
      acl.entries().forEach(e -> out.accept(SecurityGroupRules.aclRule(ref, acl.networkAclId(), e)));
      acl.associations().forEach(a -> aclOfSubnet.put(a.subnetId(), ref.id()));
      out.accept(Ec2Labels.of(ref, acl.tags(), null));
    });
    ec2.describeNetworkInterfacesPaginator(r -> { }).networkInterfaces()
        .forEach(eni -> out.accept(attachment(target, eni, aclOfSubnet)));
    Map<String, List<String>> subnets = subnets(clients, target).stream()
        .collect(Collectors.groupingBy(Subnet::vpcId, Collectors.mapping(Subnet::subnetId, Collectors.toList())));
    Fetched<Set<String>> logged = Reads.fetch(out, Set.of(VirtualNetwork.class), () -> flowLogged(target));
    ec2.describeVpcsPaginator(r -> { }).vpcs().forEach(v -> {
      ResourceRef ref = ref(target, "vpc", v.vpcId());
      out.accept(new VirtualNetwork(ref, Boolean.TRUE.equals(v.isDefault()), !logged.ok() ? Known.unread()
          : Known.of(FlowLogCoverage.of(v.vpcId(), logged.value(), subnets))));
      out.accept(Ec2Labels.of(ref, v.tags(), null));
    });
  }

  /** Without the prefix lists every reference stays unresolved (UNKNOWN), never closed. */
  private PrefixLists prefixLists(Target target, Ec2Client ec2, FactSink out) {
    try {
      return PrefixLists.read(clients, target, ec2, out);
    } catch (SdkException e) {
      out.gap(e, Set.of(AddressList.class));
      return PrefixLists.none(clients, target);
    }
  }

  /**
   * One listener: an interface of an instance, load balancer, database, Lambda function… Its
   * subnet's ACL filters first, then its security groups (whose rules add up). A subnet whose ACL
   * is unknown gets no ACL layer: only the security groups are counted, never more protection.
   */
  private NetworkAttachment attachment(Target target, NetworkInterface eni, Map<String, String> aclOfSubnet) {
    ResourceRef ref = ref(target, "network-interface", eni.networkInterfaceId());
    List<String> groups = eni.groups().stream().map(g -> ref(target, "security-group", g.groupId()).id()).toList();
    String acl = aclOfSubnet.get(eni.subnetId());
    List<NetworkAttachment.Layer> layers = acl == null ? List.of(new NetworkAttachment.Layer(groups))
        : List.of(new NetworkAttachment.Layer(List.of(acl)), new NetworkAttachment.Layer(groups));
    return new NetworkAttachment(ref, layers, List.of());
  }

  private ResourceRef ref(Target target, String kind, String id) {
    return AwsRefs.regional(clients, target, "ec2", kind, id);
  }

  /** IDs of VPCs, subnets and interfaces with an active, delivering flow log. */
  private Set<String> flowLogged(Target target) {
    return flowLogs(clients, target).stream()
        .filter(f -> "ACTIVE".equalsIgnoreCase(f.flowLogStatus())
            && !"FAILED".equalsIgnoreCase(f.deliverLogsStatus()))
        .map(FlowLog::resourceId)
        .collect(Collectors.toSet());
  }

  /** Every subnet in the target's region, read once per region (Local Zones need them too). */
  public static List<Subnet> subnets(AwsClients clients, Target target) {
    return clients.shared(target, "ec2:DescribeSubnets", () -> clients
        .client(target, Ec2Client.class, Ec2Client::builder)
        .describeSubnetsPaginator(r -> { }).subnets().stream().toList());
  }

  /** Every flow log in the target's region, read once per region (the Logs collector needs them too). */
  public static List<FlowLog> flowLogs(AwsClients clients, Target target) {
    return clients.shared(target, "ec2:DescribeFlowLogs", () -> clients
        .client(target, Ec2Client.class, Ec2Client::builder)
        .describeFlowLogsPaginator(r -> { }).flowLogs().stream().toList());
  }

}
