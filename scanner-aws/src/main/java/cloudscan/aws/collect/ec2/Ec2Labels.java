package cloudscan.aws.collect.ec2;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Tag;

/** EC2 describe calls return each resource's tags for free: its {@link ResourceLabel}. */
public final class Ec2Labels {

  private Ec2Labels() { }

  /** The label of {@code ref}: the {@code Name} tag, else {@code fallbackName} (may be null). */
  public static ResourceLabel of(ResourceRef ref, List<Tag> tags, String fallbackName) {
    Map<String, String> map = new LinkedHashMap<>();
    tags.forEach(t -> map.put(t.key(), t.value() == null ? "" : t.value()));
    String name = map.getOrDefault("Name", fallbackName);
    return new ResourceLabel(ref, name, Known.of(map));
  }
}
