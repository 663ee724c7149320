package cloudscan.testkit;

import cloudscan.core.fact.Peer;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import java.util.ArrayList;
import java.util.List;

/** Builder for firewall rules: {@code inbound(tcp(22)).from("0.0.0.0/0").on("sg-1")}. */
public final class NetworkRules {

  private NetworkRules() { }

  public record PortSpec(Protocol protocol, List<PortRange> ports) { }

  public static PortSpec tcp(int port) {
    return new PortSpec(Protocol.TCP, List.of(PortRange.single(port)));
  }

  public static PortSpec tcp(int from, int to) {
    return new PortSpec(Protocol.TCP, List.of(new PortRange(from, to)));
  }

  public static PortSpec udp(int port) {
    return new PortSpec(Protocol.UDP, List.of(PortRange.single(port)));
  }

  public static PortSpec allTraffic() {
    return new PortSpec(Protocol.ALL, List.of(PortRange.ALL));
  }

  public static Builder inbound(PortSpec spec) {
    return new Builder(Direction.INBOUND, spec);
  }

  public static Builder outbound(PortSpec spec) {
    return new Builder(Direction.OUTBOUND, spec);
  }

  public static final class Builder {
    private final Direction direction;
    private final PortSpec spec;
    private final List<Peer> sources = new ArrayList<>();
    private RuleAction action = RuleAction.ALLOW;
    private Integer priority;
    private String ruleId;
    private final List<String> appliesTo = new ArrayList<>();

    private Builder(Direction direction, PortSpec spec) {
      this.direction = direction;
      this.spec = spec;
    }

    /** Sources: CIDRs, or peers written as in snapshots ({@code tag:AzureCloud}, {@code list:pl-1}, {@code group:sg-2}). */
    public Builder from(String... peers) {
      for (String p : peers) {
        sources.add(Peer.parse(p));
      }
      return this;
    }

    public Builder deny() {
      this.action = RuleAction.DENY;
      return this;
    }

    /** An ordered rule (NACL rule number, NSG or GCP priority). */
    public Builder priority(int p) {
      this.priority = p;
      return this;
    }

    public Builder id(String id) {
      this.ruleId = id;
      return this;
    }

    /** Applies to members with this tag only (GCP target tags). */
    public Builder appliesTo(String member) {
      appliesTo.add(member);
      return this;
    }

    public NetworkRule on(String groupId) {
      return on(Refs.aws("security-group", groupId));
    }

    public NetworkRule on(ResourceRef target) {
      return new NetworkRule(target, ruleId != null ? ruleId : target.id() + "-rule", direction, action,
          spec.protocol(), spec.ports(), sources, priority, appliesTo);
    }
  }
}
