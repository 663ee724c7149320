package cloudscan.azure.collect;

import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PublicEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Who may connect through an Azure resource's own firewall (storage accounts, Key Vaults, Managed
 * HSMs share one shape): everyone when the default action is Allow or no rule set exists; else the
 * IP rules, the subnets of virtual-network rules (the customer's own networks), named service tags,
 * and {@value #TRUSTED_SERVICES} when the bypass lets Microsoft's trusted first-party services in
 * (a provider service that still needs a token and permissions, never the internet).
 */
public final class ResourceFirewall {

  public static final String TRUSTED_SERVICES = "AzureTrustedServices";

  private ResourceFirewall() { }

  /**
   * @param defaultAction {@code Allow} or {@code Deny}; null when no rule set is configured
   * @param ranges        IP addresses or CIDR ranges of the IP rules
   * @param subnets       ARM IDs of the virtual-network rules' subnets
   * @param serviceTags   service tags (Managed HSM)
   * @param bypass        the bypass setting ({@code AzureServices}, or a list naming it), or null
   */
  public static Known<List<Peer>> sources(String defaultAction, Stream<String> ranges, Stream<String> subnets,
      Stream<String> serviceTags, String bypass) {
    if (defaultAction == null || "allow".equalsIgnoreCase(defaultAction)) {
      return PublicEndpoint.unrestricted();
    }
    List<Peer> out = new ArrayList<>();
    ranges.forEach(r -> out.add(new Peer.Network(Cidr.parse(r))));
    subnets.forEach(s -> out.add(new Peer.Group(AzureRefs.id(s))));
    serviceTags.forEach(t -> out.add(new Peer.Tag(t)));
    if (bypass != null && bypass.toLowerCase(Locale.ROOT).contains("azureservices")) {
      out.add(new Peer.Tag(TRUSTED_SERVICES));
    }
    return Known.of(out);
  }

  /** The elements of a list the SDK may leave null, as a stream. */
  public static <T> Stream<T> each(List<T> list) {
    return list == null ? Stream.empty() : list.stream();
  }
}
