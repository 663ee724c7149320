package cloudscan.core.fact;

import java.util.List;
import java.util.Objects;

/**
 * A customer-managed list of address ranges that firewall rules reference by ID (an AWS managed
 * prefix list owned by the account, a GCP address group). A {@link Peer.ListRef} is resolved
 * against it; without it (or with its entries unread) the reach of the rule is unknown.
 */
public record AddressList(ResourceRef resource, Known<List<Cidr>> entries) implements Fact {

  public AddressList {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(entries, "entries");
  }
}
