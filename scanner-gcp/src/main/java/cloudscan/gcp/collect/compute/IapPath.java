package cloudscan.gcp.collect.compute;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.RuleAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Whether Identity-Aware Proxy TCP forwarding is a way in to an instance's SSH or RDP. */
final class IapPath {

  /** The range IAP's TCP forwarding connects from. */
  static final Cidr IAP_RANGE = Cidr.parse("35.235.240.0/20");

  private IapPath() { }

  /**
   * The rules in the order Compute Engine evaluates them (priority, a deny first on a tie) let IAP
   * reach 22 or 3389 of this instance: the first rule that applies to the instance and covers the
   * IAP range on that port decides, a rule written for IAP alone must exist, and the port must not
   * be open to the internet as well (then IAP is not the way in, only one of them).
   */
  static boolean reaches(List<NetworkRule> inbound, List<String> members) {
    List<NetworkRule> rules = new ArrayList<>(inbound);
    rules.sort(Comparator.comparing((NetworkRule r) -> r.priority())
        .thenComparing(r -> r.action() == RuleAction.DENY ? 0 : 1));
    for (int port : List.of(22, 3389)) {
      if (firstMatchAllows(rules, members, port, IAP_RANGE) && dedicatedIapRule(rules, members, port)
          && !firstMatchAllows(rules, members, port, INTERNET_PROBE)) {
        return true;
      }
    }
    return false;
  }

  /** An address of the internet outside IAP's range: a port it reaches is open to the internet, not only to IAP. */
  static final Cidr INTERNET_PROBE = Cidr.parse("8.8.8.8/32");

  /** The first rule that applies to traffic from {@code source} on the port decides. */
  private static boolean firstMatchAllows(List<NetworkRule> rules, List<String> members, int port, Cidr source) {
    for (NetworkRule r : rules) {
      if (applies(r, members, port) && r.sources().stream().anyMatch(p -> p instanceof Peer.Network net
          && net.cidr().contains(source))) {
        return r.allowsInbound();
      }
    }
    return false;
  }

  /**
   * An allow for this port whose sources are all inside IAP's range: a path written for IAP. A rule
   * that merely contains the range (0.0.0.0/0) lets IAP in too, but is no evidence that IAP is the
   * way in; it is the open port net.admin-port-open fails.
   */
  private static boolean dedicatedIapRule(List<NetworkRule> rules, List<String> members, int port) {
    return rules.stream().anyMatch(r -> applies(r, members, port) && r.allowsInbound() && !r.sources().isEmpty()
        && r.sources().stream().allMatch(p -> p instanceof Peer.Network net && IAP_RANGE.contains(net.cidr())));
  }

  /** An inbound rule for TCP {@code port} that applies to an instance with these members. */
  private static boolean applies(NetworkRule r, List<String> members, int port) {
    return r.inbound() && r.matches(Protocol.TCP, port)
        && (r.appliesTo().isEmpty() || r.appliesTo().stream().anyMatch(members::contains));
  }
}
