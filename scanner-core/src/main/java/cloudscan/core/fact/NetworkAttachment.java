package cloudscan.core.fact;

import java.util.List;
import java.util.Objects;

/**
 * Something that listens on a network (a network interface of an instance, load balancer or
 * database) and the rule sets its traffic passes, outermost first: on AWS the subnet's network
 * ACL, then the interface's security groups; on Azure the subnet's NSG, then the NIC's. Traffic
 * gets in only if every layer lets it in; within one layer the rule sets add up.
 *
 * @param layers   rule-set IDs ({@link NetworkRule#target()} IDs) per layer
 * @param members  what the listener is within rule sets that select members (GCP network tags
 *                 and service accounts); empty where rule sets apply to every member
 */
public record NetworkAttachment(ResourceRef resource, List<Layer> layers, List<String> members)
    implements Fact {

  /** One layer of filtering; its rule sets' ALLOW rules add up (several security groups). */
  public record Layer(List<String> ruleSets) {
    public Layer {
      ruleSets = List.copyOf(ruleSets);
    }
  }

  public NetworkAttachment {
    Objects.requireNonNull(resource, "resource");
    layers = List.copyOf(layers);
    members = members == null ? List.of() : List.copyOf(members);
  }
}
