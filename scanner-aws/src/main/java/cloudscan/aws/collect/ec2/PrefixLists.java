package cloudscan.aws.collect.ec2;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.AddressList;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ManagedPrefixList;

/**
 * Managed prefix lists a security-group rule may name. An AWS-managed list is a provider-named set
 * ({@link Peer.Tag} by its name, e.g. {@code com.amazonaws.global.cloudfront.origin-facing}); a
 * customer-managed one (own or shared) is a {@link Peer.ListRef} to an {@link AddressList} whose
 * entries are read with GetManagedPrefixListEntries; an unknown ID stays an unresolved reference.
 */
final class PrefixLists {

  private static final String AWS_OWNER = "AWS";

  private final Map<String, ManagedPrefixList> byId = new HashMap<>();
  private final Target target;
  private final AwsClients clients;

  private PrefixLists(AwsClients clients, Target target) {
    this.clients = clients;
    this.target = target;
  }

  /** Reads the region's lists and emits the customer-managed ones with their entries (a gap per failure). */
  static PrefixLists read(AwsClients clients, Target target, Ec2Client ec2, FactSink out) {
    PrefixLists lists = new PrefixLists(clients, target);
    ec2.describeManagedPrefixListsPaginator(r -> { }).prefixLists().forEach(p -> lists.byId.put(p.prefixListId(), p));
    List<ManagedPrefixList> customer = lists.byId.values().stream()
        .filter(p -> !AWS_OWNER.equals(p.ownerId())).toList();
    clients.items().each(out, Set.of(AddressList.class), customer, p -> List.of(lists.addressList(ec2, p)));
    return lists;
  }

  /** No list could be read: every reference stays unresolved (a gap was recorded). */
  static PrefixLists none(AwsClients clients, Target target) {
    return new PrefixLists(clients, target);
  }

  Peer peer(String prefixListId) {
    ManagedPrefixList p = byId.get(prefixListId);
    if (p != null && AWS_OWNER.equals(p.ownerId()) && p.prefixListName() != null) {
      return new Peer.Tag(p.prefixListName());
    }
    return new Peer.ListRef(ref(prefixListId, p).id());
  }

  private Fact addressList(Ec2Client ec2, ManagedPrefixList p) {
    List<Cidr> entries = ec2.getManagedPrefixListEntriesPaginator(r -> r.prefixListId(p.prefixListId())).entries()
        .stream().map(e -> Cidr.parse(e.cidr())).toList();
    return new AddressList(ref(p.prefixListId(), p), Known.of(entries));
  }

  /** The list's ARN as AWS gives it, else built in the target's account (the ID other rules carry). */
  private ResourceRef ref(String id, ManagedPrefixList p) {
    return p != null && p.prefixListArn() != null
        ? AwsRefs.withId(target, target.location(), "ec2", "prefix-list", p.prefixListArn())
        : AwsRefs.regional(clients, target, "ec2", "prefix-list", id);
  }
}
