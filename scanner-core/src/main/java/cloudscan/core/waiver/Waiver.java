package cloudscan.core.waiver;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An approved exception: the city's approval on record for a failing check on matching resources
 * (requirement 3.13 asks for exactly this when a patch cannot be applied within a week).
 *
 * @param checkId          a check ID or a glob such as {@code net.*}
 * @param resourcePattern  a glob over resource IDs/ARNs ({@code *} matches anything)
 * @param category         waiver (risk accepted) or mitigated (compensating control)
 */
public record Waiver(String checkId, String resourcePattern, String account, String location,
    Category category, String reason, String approvedBy, LocalDate approvedOn, String reference,
    LocalDate expires, String source) {

  public enum Category { WAIVER, MITIGATED }

  private static final Map<String, Pattern> GLOBS = new ConcurrentHashMap<>();

  /** In force on {@code day}: approved on or before it and not yet expired. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(approvedOn) && !day.isAfter(expires);
  }

  public boolean matchesCheck(String id) {
    return glob(checkId).matcher(id).matches();
  }

  /** A former ID of a renamed check matches only when the waiver names it exactly. */
  public boolean namesExactly(String formerId) {
    return checkId.equals(formerId);
  }

  public boolean matchesResource(String resourceId, String resourceAccount, String resourceLocation) {
    return glob(resourcePattern == null ? "*" : resourcePattern).matcher(resourceId).matches()
        && (account == null || account.equals(resourceAccount))
        && (location == null || location.equals(resourceLocation));
  }

  static Pattern glob(String g) {
    return GLOBS.computeIfAbsent(g, Waiver::compile);
  }

  private static Pattern compile(String g) {
    StringBuilder re = new StringBuilder();
    for (char c : g.toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
