package cloudscan.core.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves peers to the addresses they stand for: a CIDR is itself; a group of the customer's
 * machines is no public address; a provider tag is judged by what it names ({@link ProviderTags});
 * a customer-managed list is resolved from its {@link AddressList} fact. What cannot be resolved
 * is returned as unknown, never as closed.
 */
public final class Peers {

  /** The addresses of some peers, and the peers whose reach is not known. */
  public record Resolved(AddressSet addresses, List<Peer> unknown) {
    public boolean certain() {
      return unknown.isEmpty();
    }
  }

  private Peers() { }

  /**
   * @param lists finds the customer-managed list with an ID (null when it was not collected)
   */
  public static Resolved resolve(Cloud cloud, Collection<Peer> peers, Function<String, AddressList> lists) {
    AddressSet set = new AddressSet();
    List<Peer> unknown = new ArrayList<>(0);
    for (Peer p : peers) {
      if (p instanceof Peer.Network n) {
        set.add(n.cidr());
      } else if (p instanceof Peer.Tag t) {
        ProviderTags.Reach reach = ProviderTags.judge(cloud, t.name());
        if (reach == ProviderTags.Reach.INTERNET) {
          set.add(Cidr.ANY);
        } else if (reach == ProviderTags.Reach.UNKNOWN) {
          unknown.add(p);
        }
      } else if (p instanceof Peer.ListRef l) {
        AddressList list = lists.apply(l.id());
        if (list == null || !list.entries().isKnown()) {
          unknown.add(p);
        } else {
          list.entries().value().forEach(set::add);
        }
      }
      // Peer.Group: members of the customer's own group, never the internet
    }
    return new Resolved(set, List.copyOf(unknown));
  }
}
