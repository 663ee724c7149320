package cloudscan.core.fact;

import java.util.Map;
import java.util.Objects;

/**
 * What a person calls a resource: its name (Name tag, security group name, key alias, bucket
 * name) and its tags. Reports show them next to the ID; they are never part of a finding's
 * identity (waivers and baselines match IDs). Backup selections by tag read the tags.
 *
 * @param name a human name, or null when the resource has none
 * @param tags the resource's tags
 */
public record ResourceLabel(ResourceRef resource, String name, Known<Map<String, String>> tags)
    implements Fact {

  public ResourceLabel {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(tags, "tags");
  }
}
