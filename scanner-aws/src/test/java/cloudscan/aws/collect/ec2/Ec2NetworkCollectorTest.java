package cloudscan.aws.collect.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.testing.Collected;
import cloudscan.aws.testing.MotoAws;
import cloudscan.aws.testing.MotoExtension;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.AddressList;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.RuleAction;
import cloudscan.core.fact.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.s3.S3Client;

@ExtendWith(MotoExtension.class)
class Ec2NetworkCollectorTest {

  private static AwsClients clients;
  private static Collected facts;
  private static String openSsh;
  private static String officeSsh;
  private static String v6Rdp;
  private static String fromGroup;
  private static String loggedVpc;
  private static String acl;
  private static String partialVpc;
  private static String subnet;
  private static String eni;
  private static String ownList;
  private static String fromOwnList;
  private static String fromCloudFront;

  @BeforeAll
  static void seedAndScan() {
    Ec2Client ec2 = MotoAws.seed(Ec2Client.class, Ec2Client::builder);
    loggedVpc = ec2.createVpc(r -> r.cidrBlock("10.1.0.0/16")).vpc().vpcId();
    openSsh = givenGroupWith(ec2, "open-ssh", tcp(22).ipRanges(r -> r.cidrIp("0.0.0.0/0")).build());
    officeSsh = givenGroupWith(ec2, "office-ssh", tcp(22).ipRanges(r -> r.cidrIp("10.0.0.0/8")).build());
    v6Rdp = givenGroupWith(ec2, "v6-rdp", tcp(3389).ipv6Ranges(r -> r.cidrIpv6("::/0")).build());
    fromGroup = givenGroupWith(ec2, "from-group", tcp(5432).userIdGroupPairs(p -> p.groupId(officeSsh)).build());
    acl = ec2.createNetworkAcl(r -> r.vpcId(loggedVpc)).networkAcl().networkAclId();
    ec2.createNetworkAclEntry(r -> r.networkAclId(acl).ruleNumber(90).protocol("6").ruleAction("deny")
        .egress(false).cidrBlock("0.0.0.0/0").portRange(p -> p.from(22).to(22)));
    givenFlowLogToBucket(ec2, loggedVpc, "VPC");
    subnet = ec2.createSubnet(r -> r.vpcId(loggedVpc).cidrBlock("10.1.1.0/24")).subnet().subnetId();
    ec2.replaceNetworkAclAssociation(r -> r.networkAclId(acl).associationId(associationOf(ec2, subnet)));
    eni = ec2.createNetworkInterface(r -> r.subnetId(subnet).groups(openSsh, officeSsh)).networkInterface()
        .networkInterfaceId();
    partialVpc = ec2.createVpc(r -> r.cidrBlock("10.2.0.0/16")).vpc().vpcId();
    String logged = ec2.createSubnet(r -> r.vpcId(partialVpc).cidrBlock("10.2.1.0/24")).subnet().subnetId();
    ec2.createSubnet(r -> r.vpcId(partialVpc).cidrBlock("10.2.2.0/24"));
    givenFlowLogToBucket(ec2, logged, "Subnet");
    ownList = ec2.createManagedPrefixList(r -> r.prefixListName("office").maxEntries(5).addressFamily("IPv4")
        .entries(e -> e.cidr("203.0.113.0/24"))).prefixList().prefixListId();
    fromOwnList = givenGroupWith(ec2, "from-own-list", tcp(443).prefixListIds(p -> p.prefixListId(ownList)).build());
    String cloudFront = ec2.describeManagedPrefixLists(r -> r.filters(f -> f.name("prefix-list-name")
        .values("com.amazonaws.global.cloudfront.origin-facing"))).prefixLists().get(0).prefixListId();
    fromCloudFront = givenGroupWith(ec2, "from-cloudfront", tcp(80).prefixListIds(p -> p.prefixListId(cloudFront))
        .build());
    clients = MotoAws.scanClients();
    facts = MotoAws.collect(new Ec2NetworkCollector(clients), MotoAws.regional());
  }

  @AfterAll
  static void close() {
    if (clients != null) {
      clients.close();
    }
  }

  private static IpPermission.Builder tcp(int port) {
    return IpPermission.builder().ipProtocol("tcp").fromPort(port).toPort(port);
  }

  private static String givenGroupWith(Ec2Client ec2, String name, IpPermission permission) {
    String id = ec2.createSecurityGroup(r -> r.groupName(name).description(name).vpcId(loggedVpc)).groupId();
    ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(permission));
    return id;
  }

  private static void givenFlowLogToBucket(Ec2Client ec2, String resource, String type) {
    S3Client s3 = MotoAws.seed(S3Client.class, S3Client::builder);
    if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals("flow-logs-bucket"))) {
      s3.createBucket(r -> r.bucket("flow-logs-bucket")
          .createBucketConfiguration(c -> c.locationConstraint(MotoAws.REGION)));
    }
    ec2.createFlowLogs(r -> r.resourceIds(resource).resourceType(type).trafficType("ALL")
        .logDestinationType("s3").logDestination("arn:aws:s3:::flow-logs-bucket"));
  }

  private static String associationOf(Ec2Client ec2, String subnetId) {
    return ec2.describeNetworkAcls(r -> r.filters(f -> f.name("association.subnet-id").values(subnetId)))
        .networkAcls().get(0).associations().stream().filter(a -> a.subnetId().equals(subnetId))
        .findFirst().orElseThrow().networkAclAssociationId();
  }

  private static String arn(String kind, String id) {
    return "arn:aws:ec2:ap-northeast-1:123456789012:" + kind + "/" + id;
  }

  private static List<NetworkRule> inbound(String groupId) {
    return facts.all(NetworkRule.class, r -> r.target().id().endsWith(groupId) && r.direction() == Direction.INBOUND);
  }

  private static boolean fromAnywhere(NetworkRule r) {
    return r.sources().stream().anyMatch(p -> p instanceof Peer.Network n && n.cidr().isAnywhere());
  }

  private static boolean opens(NetworkRule r, int port) {
    return r.ports().stream().anyMatch(p -> p.contains(port));
  }

  @Test
  void sshOpenToWorld_isInternetRuleOnPort22() {
    assertThat(inbound(openSsh)).singleElement().matches(r -> fromAnywhere(r) && opens(r, 22));
  }

  @Test
  void sshFromPrivateRange_isNotFromInternet() {
    assertThat(inbound(officeSsh)).singleElement().matches(r -> !fromAnywhere(r) && opens(r, 22));
  }

  @Test
  void ipv6AnyRange_isFromInternet() {
    assertThat(inbound(v6Rdp)).singleElement().matches(r -> fromAnywhere(r) && opens(r, 3389));
  }

  @Test
  void referencedGroup_isPeerGroupNotCidr() {
    assertThat(inbound(fromGroup)).singleElement()
        .matches(r -> r.sources().equals(List.of(new Peer.Group(officeSsh))));
  }

  @Test
  void defaultEgress_opensAllToAnywhere() {
    assertThat(facts.all(NetworkRule.class, r -> r.target().id().endsWith(openSsh)
        && r.direction() == Direction.OUTBOUND)).singleElement().matches(r -> r.ports().equals(List.of(PortRange.ALL)) && fromAnywhere(r));
  }

  @Test
  void naclDenyEntry_keepsActionAndRuleNumber() {
    assertThat(facts.all(NetworkRule.class, r -> r.ruleId().equals(acl + ":ingress:90"))).singleElement()
        .matches(r -> r.action() == RuleAction.DENY && r.priority() == 90 && opens(r, 22) && fromAnywhere(r));
  }

  @Test
  void vpcWithFlowLog_isLogged() {
    assertThat(facts.one(VirtualNetwork.class, loggedVpc).flowLogs().is(VirtualNetwork.FlowLogs.ALL)).isTrue();
  }

  @Test
  void defaultVpcWithoutFlowLog_isNotLogged() {
    assertThat(facts.all(VirtualNetwork.class, VirtualNetwork::isDefault)).singleElement()
        .matches(v -> v.flowLogs().is(VirtualNetwork.FlowLogs.NONE));
  }

  @Test
  void ruleTargets_areSecurityGroupArns() {
    assertThat(inbound(openSsh).get(0).target().id())
        .isEqualTo("arn:aws:ec2:ap-northeast-1:123456789012:security-group/" + openSsh);
  }

  @Test
  void networkInterface_isAttachedBehindItsSubnetAclThenItsGroups() {
    assertThat(facts.one(NetworkAttachment.class, eni).layers()).containsExactly(
        new NetworkAttachment.Layer(List.of(arn("network-acl", acl))),
        new NetworkAttachment.Layer(List.of(arn("security-group", openSsh), arn("security-group", officeSsh))));
  }

  @Test
  void attachmentLayers_useTheRuleSetIdsTheRulesCarry() {
    assertThat(facts.all(NetworkRule.class).stream().map(r -> r.target().id()).toList())
        .contains(arn("security-group", openSsh), arn("network-acl", acl));
  }

  @Test
  void customerPrefixList_isAnAddressListWithItsEntries() {
    assertThat(facts.one(AddressList.class, ownList).entries().value()).containsExactly(Cidr.parse("203.0.113.0/24"));
  }

  @Test
  void ruleFromCustomerPrefixList_referencesTheAddressList() {
    String listId = facts.one(AddressList.class, ownList).resource().id();
    assertThat(inbound(fromOwnList)).singleElement().matches(r -> r.sources().equals(List.of(new Peer.ListRef(listId))));
  }

  @Test
  void ruleFromAwsManagedPrefixList_isTheProviderTagByName() {
    assertThat(inbound(fromCloudFront)).singleElement().matches(r -> r.sources()
        .equals(List.of(new Peer.Tag("com.amazonaws.global.cloudfront.origin-facing"))));
  }

  @Test
  void awsManagedPrefixLists_areNotReadEntryByEntry() {
    assertThat(facts.all(AddressList.class)).singleElement().matches(l -> l.resource().id().endsWith(ownList));
  }

  @Test
  void flowLogOnSomeSubnetsOnly_isPartial() {
    assertThat(facts.one(VirtualNetwork.class, partialVpc).flowLogs().value()).isEqualTo(VirtualNetwork.FlowLogs.PARTIAL);
  }

  @Test
  void securityGroup_isLabelledByItsName() {
    assertThat(facts.one(ResourceLabel.class, openSsh)).matches(l -> "open-ssh".equals(l.name())
        && l.tags().is(java.util.Map.of()));
  }

  @Test
  void everyReadSucceeds_noGaps() {
    assertThat(facts.gaps()).isEmpty();
  }
}
