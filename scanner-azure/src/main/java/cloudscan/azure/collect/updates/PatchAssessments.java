package cloudscan.azure.collect.updates;

import cloudscan.azure.collect.AzureRefs;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Vulnerability;
import cloudscan.core.fact.Vulnerability.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One subscription's patch assessment rows: per VM the summary ({@code patchassessmentresults}) and
 * the missing patches ({@code …/softwarepatches}), keyed by the VM's ID (the rows' IDs continue it
 * with {@code /patchAssessmentResults/…}).
 */
final class PatchAssessments {

  static final int MAX_AGE_DAYS = 3;
  private static final String MARK = "/patchassessmentresults/";

  private final String sub;
  private final List<JsonNode> rows;
  private final Map<String, JsonNode> summaries = new HashMap<>();
  private final Instant now;

  PatchAssessments(String sub, List<JsonNode> rows, Instant now) {
    this.sub = sub;
    this.rows = rows;
    this.now = now;
    rows.stream().filter(r -> !r.path("type").asText().toLowerCase(Locale.ROOT).endsWith("softwarepatches"))
        .forEach(r -> summaries.put(vmOf(r), r));
  }

  /** Deallocated and stopped VMs are not assessed and run no code: only running (or unknown) ones count. */
  static boolean running(JsonNode vm) {
    String power = vm.path("power").asText("").toLowerCase(Locale.ROOT);
    return !power.endsWith("/deallocated") && !power.endsWith("/stopped") && !power.endsWith("/deallocating");
  }

  /** The VM has a successful assessment no older than {@link #MAX_AGE_DAYS} days. */
  boolean current(String vmId) {
    JsonNode s = summaries.get(vmId);
    if (s == null || !"succeeded".equalsIgnoreCase(s.path("properties").path("status").asText())) {
      return false;
    }
    Instant when = time(s.path("properties").path("lastModifiedDateTime").asText(null));
    return when != null && !when.plus(Duration.ofDays(MAX_AGE_DAYS)).isBefore(now);
  }

  /** Missing Security or Critical patches of VMs with a current assessment. */
  List<Vulnerability> vulnerabilities() {
    return rows.stream().filter(r -> r.path("type").asText().toLowerCase(Locale.ROOT).endsWith("softwarepatches"))
        .filter(r -> current(vmOf(r)) && security(r.path("properties")))
        .map(this::vulnerability).toList();
  }

  private Vulnerability vulnerability(JsonNode row) {
    JsonNode p = row.path("properties");
    String vm = vmOf(row);
    ResourceRef ref = AzureRefs.ref(sub, row.path("location").asText(null), "microsoft.compute/virtualmachines", vm);
    String kb = p.path("kbId").asText("");
    String id = !kb.isBlank() ? "KB" + kb : p.path("patchName").asText() + " " + p.path("version").asText("");
    return new Vulnerability(ref, id.strip(), p.path("patchName").asText(id), level(p),
        Known.ofNullable(time(p.path("publishedDateTime").asText(null))), null);
  }

  private static boolean security(JsonNode p) {
    for (JsonNode c : p.path("classifications")) {
      String s = c.asText().toLowerCase(Locale.ROOT);
      if (s.startsWith("security") || s.startsWith("critical")) {
        return true;
      }
    }
    return false;
  }

  /** MSRC severity (Windows) or the classification (Linux: Critical or Security). */
  private static Level level(JsonNode p) {
    String s = p.path("msrcSeverity").asText("").toLowerCase(Locale.ROOT);
    return switch (s) {
      case "critical" -> Level.CRITICAL;
      case "important" -> Level.HIGH;
      case "moderate" -> Level.MEDIUM;
      case "low" -> Level.LOW;
      default -> p.path("classifications").toString().toLowerCase(Locale.ROOT).contains("critical")
          ? Level.CRITICAL : Level.UNTRIAGED;
    };
  }

  private static String vmOf(JsonNode row) {
    String id = AzureRefs.id(row.path("id").asText());
    int i = id.indexOf(MARK);
    return i < 0 ? id : id.substring(0, i);
  }

  private static Instant time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
