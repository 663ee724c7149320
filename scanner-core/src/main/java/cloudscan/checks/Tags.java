package cloudscan.checks;

import cloudscan.core.check.Facts;
import cloudscan.core.fact.ResourceLabel;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Resources' tags as checks need them: by resource ID, null where they were not read. */
public final class Tags {

  private final Map<String, ResourceLabel> byId;

  private Tags(Map<String, ResourceLabel> byId) {
    this.byId = byId;
  }

  public static Tags of(Facts facts) {
    return new Tags(facts.all(ResourceLabel.class).stream()
        .collect(Collectors.toMap(l -> l.resource().id(), Function.identity(), (a, b) -> a)));
  }

  /** The tags of {@code resourceId}; null when no label was collected for it or its tags were not read. */
  public Map<String, String> of(String resourceId) {
    ResourceLabel l = byId.get(resourceId);
    return l == null ? null : l.tags().orElse(null);
  }
}
