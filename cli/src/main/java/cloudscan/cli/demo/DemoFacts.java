package cloudscan.cli.demo;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import cloudscan.core.fact.SecurityService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small helpers shared by the demo estates: one account of one cloud, collecting facts. */
class DemoFacts {

  final Cloud cloud;
  final String account;
  final List<Fact> facts = new ArrayList<>();

  DemoFacts(Cloud cloud, String account) {
    this.cloud = cloud;
    this.account = account;
  }

  ResourceRef ref(String location, String type, String id) {
    return new ResourceRef(cloud, account, location, type, id);
  }

  void add(Fact f) {
    facts.add(f);
  }

  static <T> Known<T> k(T value) {
    return Known.of(value);
  }

  /** An allow rule of an allow-only rule set (a security group). */
  NetworkRule allowIn(ResourceRef target, String ruleId, Protocol p, String ports, String... sources) {
    return rule(target, ruleId, RuleAction.ALLOW, null, p, ports, sources);
  }

  /** A rule of an ordered rule set (NACL, NSG, GCP firewall); sources may be tag:/group:/list: peers. */
  NetworkRule rule(ResourceRef target, String ruleId, RuleAction action, Integer priority, Protocol p,
      String ports, String... sources) {
    return new NetworkRule(target, ruleId, Direction.INBOUND, action, p,
        p.hasPorts() ? PortRange.parseList(ports) : List.of(),
        Arrays.stream(sources).map(Peer::parse).toList(), priority, List.of());
  }

  void attach(ResourceRef listener, List<String>... layers) {
    add(new NetworkAttachment(listener, Arrays.stream(layers).map(NetworkAttachment.Layer::new).toList(), List.of()));
  }

  void label(ResourceRef r, String name, Map<String, String> tags) {
    add(new ResourceLabel(r, name, Known.of(tags)));
  }

  void service(String location, SecurityService.Kind kind, boolean on, String detail) {
    add(new SecurityService(ref(location, "security-service", cloud.id() + ":" + account + ":" + location
        + ":" + kind.name().toLowerCase(java.util.Locale.ROOT)), kind, Known.of(on), detail));
  }
}
