package cloudscan.core.catalog;

import cloudscan.core.check.Text;
import cloudscan.core.check.Thresholds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A requirement list (the city's, or another municipality's of the same schema). */
public final class Catalog {

  private final String id;
  private final Text title;
  private final Text issuer;
  private final String source;
  private final List<Section> sections;
  private final Map<RequirementId, Requirement> byId = new LinkedHashMap<>();
  private final Thresholds thresholds;

  /** A catalog without a thresholds block: the built-in {@link Thresholds#DEFAULTS} apply. */
  public Catalog(String id, Text title, Text issuer, String source, List<Section> sections,
      List<Requirement> requirements) {
    this(id, title, issuer, source, sections, requirements, Thresholds.DEFAULTS);
  }

  public Catalog(String id, Text title, Text issuer, String source, List<Section> sections,
      List<Requirement> requirements, Thresholds thresholds) {
    this.thresholds = java.util.Objects.requireNonNull(thresholds, "thresholds");
    this.id = id;
    this.title = title;
    this.issuer = issuer;
    this.source = source;
    this.sections = List.copyOf(sections);
    requirements.forEach(r -> byId.put(r.id(), r));
  }

  public String id() {
    return id;
  }

  public Text title() {
    return title;
  }

  public Text issuer() {
    return issuer;
  }

  public String source() {
    return source;
  }

  /**
   * The thresholds the catalog sets (its optional {@code thresholds} block over the built-in
   * defaults): options may tighten them, never loosen them.
   */
  public Thresholds thresholds() {
    return thresholds;
  }

  public List<Section> sections() {
    return sections;
  }

  /** Requirements in the catalog's order. */
  public List<Requirement> requirements() {
    return List.copyOf(byId.values());
  }

  public Optional<Requirement> find(RequirementId rid) {
    return Optional.ofNullable(byId.get(rid));
  }

  public boolean contains(RequirementId rid) {
    return byId.containsKey(rid);
  }
}
