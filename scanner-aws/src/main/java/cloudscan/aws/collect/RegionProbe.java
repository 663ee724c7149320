package cloudscan.aws.collect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * For an account whose region guardrail cannot be read (a member account may not read the
 * Organizations hierarchy): one cheap regional read per region (ec2:DescribeAvailabilityZones,
 * not exempted by region-deny controls), in parallel. A region where it is refused by an explicit
 * deny in a service control policy, while the account's home region answers, is denied by a
 * region guardrail: it is reported once instead of as access-denied gaps in every collector.
 */
final class RegionProbe {

  private static final String SCP_DENY = "explicit deny in a service control policy";

  private RegionProbe() { }

  /** The regions among {@code regions} that an SCP denies, with the refusal as evidence. */
  static Map<String, String> scpDenied(AwsClients clients, String account, Region home, List<String> regions) {
    if (refusal(clients, account, home.id()).isPresent()) {
      return Map.of(); // the home region is refused too: not a region guardrail, leave it to the gaps
    }
    Map<String, String> denied = new ConcurrentHashMap<>();
    clients.items().map(new NoFacts(), java.util.Set.of(), regions, r -> {
      refusal(clients, account, r).ifPresent(msg -> denied.put(r, msg));
      return r;
    });
    return Map.copyOf(denied);
  }

  private static Optional<String> refusal(AwsClients clients, String account, String region) {
    try {
      clients.client(account, Region.of(region), Ec2Client.class, Ec2Client::builder)
          .describeAvailabilityZones(r -> r.allAvailabilityZones(true));
      return Optional.empty();
    } catch (SdkException e) {
      String message = AwsErrors.describe(e).message();
      return message.toLowerCase(Locale.ROOT).contains(SCP_DENY)
          ? Optional.of("ec2:DescribeAvailabilityZones in " + region + " refused: " + message) : Optional.empty();
    }
  }

  /** The probe records no facts; a probe failure other than an SCP deny is left to the collectors. */
  private static final class NoFacts implements cloudscan.core.provider.FactSink {
    @Override
    public void accept(cloudscan.core.fact.Fact fact) {
      // none
    }

    @Override
    public void gap(Throwable error, java.util.Set<Class<? extends cloudscan.core.fact.Fact>> kinds) {
      // refusals are read in refusal(); anything else shows again as the collectors' own gaps
    }
  }
}
