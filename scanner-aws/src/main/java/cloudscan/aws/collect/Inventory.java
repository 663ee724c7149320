package cloudscan.aws.collect;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.arns.Arn;

/**
 * Where a data-holding resource is (residency, 1.1), as its own service's list call says: the
 * region from its ARN (a replicated backup or a global-cluster member lives in another region),
 * its zone where it is zonal, its name and tags where the listing gives them.
 */
public final class Inventory {

  private Inventory() { }

  /** A resource of {@code service:kind} named by its ARN; located in the ARN's region (else the target's). */
  public static ResourceRef ref(Target target, String service, String kind, String arn) {
    String region = Arn.tryFromString(arn).flatMap(Arn::region).filter(r -> !r.isEmpty()).orElse(target.location());
    return AwsRefs.withId(target, region, service, kind, arn);
  }

  /** Located (not zonal), and a label when the listing gave a name or tags. */
  public static List<Fact> regional(ResourceRef ref, String name, Optional<Map<String, String>> tags) {
    return with(Located.regional(ref), ref, name, tags);
  }

  /** Located in a zone (an unread zone stays unread: it could be a Local Zone abroad). */
  public static List<Fact> zonal(ResourceRef ref, String zone, String name, Optional<Map<String, String>> tags) {
    return with(Located.zonal(ref, zone), ref, name, tags);
  }

  /** A listing's tags as a map (every AWS tag type has a key and a value). */
  public static <T> Optional<Map<String, String>> tags(List<T> tags, java.util.function.Function<T, String> key,
      java.util.function.Function<T, String> value) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    tags.forEach(t -> out.put(key.apply(t), value.apply(t) == null ? "" : value.apply(t)));
    return Optional.of(out);
  }

  private static List<Fact> with(Located located, ResourceRef ref, String name, Optional<Map<String, String>> tags) {
    List<Fact> out = new ArrayList<>(List.of(located));
    if (name != null || tags.isPresent()) {
      out.add(new ResourceLabel(ref, name, tags.map(Known::of).orElse(Known.unread())));
    }
    return out;
  }
}
