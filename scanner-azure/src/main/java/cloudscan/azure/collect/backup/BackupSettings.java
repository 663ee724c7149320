package cloudscan.azure.collect.backup;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.BackupVault.SoftDelete;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * The security settings both Azure backup vault kinds share (Recovery Services vaults and Data
 * Protection backup vaults): immutability Disabled / Unlocked / Locked (a lock takes effect at once:
 * no grace time), soft delete Off / On / AlwaysOn, and the longest retention of a policy.
 */
final class BackupSettings {

  private BackupSettings() { }

  static BackupVault vault(ResourceRef ref, String immutability, String softDelete) {
    return new BackupVault(ref, immutability(immutability), Known.notOffered(), Known.notOffered(), softDelete(softDelete),
        Known.unread());
  }

  /** No immutability setting in the answer means it was never turned on. */
  static Immutability immutability(String state) {
    return switch (state == null ? "disabled" : state.toLowerCase(Locale.ROOT)) {
      case "disabled" -> Immutability.NONE;
      case "unlocked" -> Immutability.UNLOCKED;
      case "locked" -> Immutability.LOCKED;
      default -> Immutability.UNKNOWN;
    };
  }

  static Known<SoftDelete> softDelete(String state) {
    if (state == null) {
      return Known.unread();
    }
    return switch (state.toLowerCase(Locale.ROOT)) {
      case "alwayson" -> Known.of(SoftDelete.ALWAYS_ON);
      case "enabled", "on" -> Known.of(SoftDelete.ON);
      case "disabled", "off" -> Known.of(SoftDelete.OFF);
      default -> Known.unread();
    };
  }

  /** Days of an ISO period (P30D, P1Y, P12W), or null. */
  static Integer days(String iso) {
    try {
      Period p = Period.parse(iso);
      return p.getYears() * 365 + p.getMonths() * 30 + p.getDays();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Days of a {@code {count, durationType}} retention duration (Recovery Services policies), or null. */
  static Integer days(JsonNode duration) {
    if (!duration.has("count")) {
      return null;
    }
    int unit = switch (duration.path("durationType").asText("Days").toLowerCase(Locale.ROOT)) {
      case "weeks" -> 7;
      case "months" -> 30;
      case "years" -> 365;
      default -> 1;
    };
    return duration.path("count").asInt() * unit;
  }

  static BackupPlan plan(ResourceRef ref, Integer retention, String vault, Known<List<BackupPlan.Copy>> copies,
      Known<List<BackupPlan.Selection>> selections) {
    return new BackupPlan(ref, Known.ofNullable(retention), List.of(vault), copies, selections);
  }
}
