package cloudscan.core.engine;

import cloudscan.core.check.Facts;
import cloudscan.core.fact.ResourceLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts each resource's human name and tags ({@link ResourceLabel}) on the findings about it, for
 * reports. Matched by cloud, account and ID; the label is never part of a finding's identity.
 */
final class Labels {

  private final Map<String, ResourceLabel> byId;

  private Labels(Map<String, ResourceLabel> byId) {
    this.byId = byId;
  }

  static Labels of(Facts facts) {
    Map<String, ResourceLabel> m = new HashMap<>();
    for (ResourceLabel l : facts.all(ResourceLabel.class)) {
      m.putIfAbsent(key(l.resource().cloud().id(), l.resource().account(), l.resource().id()), l);
    }
    return new Labels(m);
  }

  CheckOutcome apply(CheckOutcome o) {
    if (byId.isEmpty()) {
      return o;
    }
    List<Finding> out = new ArrayList<>(o.findings().size());
    for (Finding f : o.findings()) {
      ResourceLabel l = byId.get(key(f.resource().cloud().id(), f.resource().account(), f.resource().id()));
      out.add(l == null ? f : f.withLabel(l.name(), l.tags().orElse(Map.of())));
    }
    return o.withFindings(out);
  }

  private static String key(String cloud, String account, String id) {
    return cloud + "\u0000" + account + "\u0000" + id;
  }
}
