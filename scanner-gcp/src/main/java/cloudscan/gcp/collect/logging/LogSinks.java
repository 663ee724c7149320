package cloudscan.gcp.collect.logging;

import cloudscan.core.fact.Known;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.logging.v2.ListSinksResponse;
import com.google.logging.v2.LogSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The log sinks of a project, folder or organization, read once per scan, and where they route audit logs. */
final class LogSinks {

  static final String LOGGING = "logging.googleapis.com/";

  private LogSinks() { }

  static List<LogSink> of(GcpContext ctx, String parent) {
    return ctx.clients().shared("logging.sinks.list:" + parent, () -> {
      List<LogSink> out = new ArrayList<>();
      GcpCall.get("logging.sinks.list", () -> ctx.clients().rest("logging")
          .pages("/v2/" + parent + "/sinks", Map.of(), ListSinksResponse.getDefaultInstance()))
          .forEach(page -> out.addAll(page.getSinksList()));
      return out;
    });
  }

  /** Enabled sinks that route audit logs (of the parent, or with {@code childrenOnly} of its children too). */
  static List<LogSink> routingAudit(List<LogSink> sinks, boolean childrenOnly) {
    return sinks.stream().filter(s -> !s.getDisabled() && routesAuditLogs(s.getFilter()))
        .filter(s -> !childrenOnly || s.getIncludeChildren()).toList();
  }

  /** The log buckets those sinks write to ({@code projects/p/locations/l/buckets/b}). */
  static Set<String> bucketsOf(List<LogSink> sinks) {
    Set<String> out = new TreeSet<>();
    sinks.stream().map(LogSink::getDestination).filter(d -> d.startsWith(LOGGING))
        .forEach(d -> out.add(d.substring(LOGGING.length())));
    return out;
  }

  /**
   * Where the parent's own {@code _Default} sink keeps Data Access logs: its destination when it is
   * enabled, excludes no audit log and its filter does not single out {@code data_access} (Google's
   * default filter never names it). Unread otherwise, or when the sinks cannot be read or name no
   * {@code _Default} sink (every project has one; it can be disabled, not deleted): the Data Access
   * logs may be kept nowhere, and no bucket's retention says anything about them.
   */
  static Known<String> dataAccessStore(GcpContext ctx, String parent) {
    List<LogSink> sinks;
    try {
      sinks = of(ctx, parent);
    } catch (GcpCall.GcpCallException e) {
      return Known.unread();
    }
    return sinks.stream().filter(s -> s.getName().equals("_Default")).findFirst()
        .filter(s -> !s.getDisabled() && !s.getFilter().contains("data_access"))
        .filter(s -> s.getExclusionsList().stream()
            .noneMatch(x -> !x.getDisabled() && (x.getFilter().isBlank() || x.getFilter().contains("cloudaudit.googleapis.com"))))
        .map(s -> Known.of(store(s))).orElse(Known.unread());
  }

  /**
   * An empty filter routes every log; otherwise a filter routes audit logs where it names them in a
   * clause that is not negated ({@code NOT logName:"cloudaudit…"} leaves them out).
   */
  static boolean routesAuditLogs(String filter) {
    if (filter == null || filter.isBlank()) {
      return true;
    }
    for (String clause : CLAUSES.split(filter)) {
      String c = clause.trim().replaceFirst("^\\(+", "").trim();
      if (c.contains("cloudaudit.googleapis.com") && !(c.startsWith("NOT ") || c.startsWith("-"))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile("\\s+(?:AND|OR)\\s+");

  /** A sink's destination as the log store it is: a bucket's name, or the destination as written. */
  static String store(LogSink s) {
    String d = s.getDestination();
    return d.startsWith(LOGGING) ? d.substring(LOGGING.length()) : d;
  }
}
