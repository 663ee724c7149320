package cloudscan.core.fact;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A backup plan or policy: what it selects, where it writes and where it copies.
 *
 * @param retentionDays longest retention among its rules
 * @param vaults        IDs of the vaults its rules write recovery points to
 * @param copies        copy destinations of its rules
 * @param selections    what it protects; a store is protected only if a selection selects it
 */
public record BackupPlan(ResourceRef resource, Known<Integer> retentionDays, List<String> vaults,
    Known<List<Copy>> copies, Known<List<Selection>> selections) implements Fact {

  /** One copy destination; a null account or location is not known. */
  public record Copy(String account, String location, String vault) { }

  /**
   * One selection, in AWS Backup's terms (the other clouds' policies map onto it): a resource is
   * selected when it matches {@code resources} (ID globs, {@code *} for every resource) or any
   * of {@code anyTags}, and every one of {@code allTags}, and none of {@code notResources}.
   */
  public record Selection(List<String> resources, Map<String, String> anyTags,
      Map<String, String> allTags, List<String> notResources) {

    public Selection {
      resources = resources == null ? List.of() : List.copyOf(resources);
      anyTags = anyTags == null ? Map.of() : Map.copyOf(anyTags);
      allTags = allTags == null ? Map.of() : Map.copyOf(allTags);
      notResources = notResources == null ? List.of() : List.copyOf(notResources);
    }

    /** True if the selection needs the resource's tags to decide. */
    public boolean usesTags() {
      return !anyTags.isEmpty() || !allTags.isEmpty();
    }

    /**
     * Whether this selection selects {@code id}; {@code tags} is null when they were not read,
     * which makes the answer null (unknown) whenever tags would decide it.
     */
    public Boolean selects(String id, Map<String, String> tags) {
      if (notResources.stream().anyMatch(g -> glob(g, id))) {
        return false;
      }
      boolean byConditionsOnly = resources.isEmpty() && anyTags.isEmpty();
      Boolean any = byConditionsOnly || resources.stream().anyMatch(g -> glob(g, id)) ? Boolean.TRUE
          : anyTags.isEmpty() ? Boolean.FALSE
          : tags == null ? null
          : anyTags.entrySet().stream().anyMatch(e -> e.getValue().equals(tags.get(e.getKey())));
      Boolean all = allTags.isEmpty() ? Boolean.TRUE
          : tags == null ? null
          : allTags.entrySet().stream().allMatch(e -> e.getValue().equals(tags.get(e.getKey())));
      if (Boolean.FALSE.equals(any) || Boolean.FALSE.equals(all)) {
        return false;
      }
      return any == null || all == null ? null : Boolean.TRUE;
    }

    private static boolean glob(String pattern, String id) {
      if (pattern.equals("*")) {
        return true;
      }
      String regex = Pattern.quote(pattern).replace("*", "\\E.*\\Q");
      return id.matches(regex);
    }
  }

  public BackupPlan {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(retentionDays, "retentionDays");
    vaults = vaults == null ? List.of() : List.copyOf(vaults);
    Objects.requireNonNull(copies, "copies");
    Objects.requireNonNull(selections, "selections");
  }

  /**
   * Whether this plan selects {@code store}: TRUE or FALSE, or null when its selections were not
   * read or the store's tags decide and were not read ({@code tags} null). An AWS Backup plan is a
   * regional resource and protects only resources of its own region (its copy rules send recovery
   * points elsewhere, they select nothing there).
   */
  public Boolean selects(ResourceRef store, java.util.Map<String, String> tags) {
    if (resource.cloud() == Cloud.AWS && !ResourceRef.GLOBAL.equals(resource.location())
        && !resource.location().equals(store.location())) {
      return false;
    }
    return selects(store.id(), tags);
  }

  /**
   * Whether this plan's selections select the resource {@code id}, wherever it is: TRUE or FALSE,
   * or null when its selections were not read or the tags decide and were not read.
   */
  public Boolean selects(String id, java.util.Map<String, String> tags) {
    if (!selections.isKnown()) {
      return null;
    }
    boolean unknown = false;
    for (Selection sel : selections.value()) {
      Boolean b = sel.selects(id, tags);
      if (Boolean.TRUE.equals(b)) {
        return true;
      }
      unknown |= b == null;
    }
    return unknown ? null : Boolean.FALSE;
  }

  /** True if this plan writes recovery points to, or copies them into, the vault {@code vaultId}. */
  public boolean uses(String vaultId) {
    return vaults.contains(vaultId) || knownCopies().stream().anyMatch(c -> vaultId.equals(c.vault()));
  }

  /** Known copies, empty when not read (use {@link #copies()} to tell "none" from "not read"). */
  public List<Copy> knownCopies() {
    return copies.orElse(List.of());
  }

  /** True if any copy goes to another account (separation against ransomware). */
  public boolean copiesToOtherAccount() {
    return knownCopies().stream().anyMatch(c -> c.account() != null && !c.account().equals(resource.account()));
  }

  /** True if any copy goes to another location in Japan (disaster separation, 3.7). */
  public boolean copiesToOtherJapaneseLocation() {
    return knownCopies().stream().anyMatch(c -> c.location() != null
        && !c.location().equalsIgnoreCase(resource.location())
        && JapanLocations.inJapan(resource.cloud(), c.location()));
  }
}
