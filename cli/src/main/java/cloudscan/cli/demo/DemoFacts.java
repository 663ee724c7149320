package cloudscan.cli.demo;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import cloudscan.core.fact.SecurityService;
import java.util.ArrayList;
import java.util.List;

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

  NetworkRule allowIn(ResourceRef target, String ruleId, Protocol p, String ports, String... sources) {
    return new NetworkRule(target, ruleId, Direction.INBOUND, RuleAction.ALLOW, p,
        PortRange.parseList(ports), List.of(sources).stream().map(Cidr::parse).toList(), List.of(), null);
  }

  void service(String location, SecurityService.Kind kind, boolean on, String detail) {
    add(new SecurityService(ref(location, "security-service", cloud.id() + ":" + account + ":" + location
        + ":" + kind.name().toLowerCase(java.util.Locale.ROOT)), kind, on, detail));
  }
}
