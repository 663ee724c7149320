package cloudscan.core.fact;

import java.util.List;

/**
 * A backup plan or policy and where it copies recovery points.
 *
 * @param retentionDays longest retention among its rules, null when unknown
 * @param copies        copy destinations; isolated when in another account
 */
public record BackupPlan(ResourceRef resource, Integer retentionDays, List<Copy> copies)
    implements Fact {

  public record Copy(String account, String location, String vault) { }

  public BackupPlan {
    copies = copies == null ? List.of() : List.copyOf(copies);
  }

  /** True if any copy goes to another account (separation against ransomware). */
  public boolean copiesToOtherAccount() {
    return copies.stream().anyMatch(c -> c.account() != null && !c.account().equals(resource.account()));
  }

  /** True if any copy goes to another location in Japan (disaster separation, 3.7). */
  public boolean copiesToOtherJapaneseLocation() {
    return copies.stream().anyMatch(c -> c.location() != null
        && !c.location().equalsIgnoreCase(resource.location())
        && JapanLocations.inJapan(resource.cloud(), c.location()));
  }
}
