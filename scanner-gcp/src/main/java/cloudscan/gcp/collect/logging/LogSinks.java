package cloudscan.gcp.collect.logging;

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
   * Whether the parent's own {@code _Default} sink is enabled and excludes no audit log; empty when
   * its sinks cannot be read or name no {@code _Default} sink. A sink that is disabled or excludes {@code cloudaudit} logs
   * (or everything) does not deliver Data Access logs to the {@code _Default} bucket.
   */
  static java.util.Optional<Boolean> defaultSinkKeepsAuditLogs(GcpContext ctx, String parent) {
    List<LogSink> sinks;
    try {
      sinks = of(ctx, parent);
    } catch (GcpCall.GcpCallException e) {
      return java.util.Optional.empty();
    }
    // every project has a _Default sink (it can be disabled, not deleted): a list without one is no answer
    return sinks.stream().filter(s -> s.getName().equals("_Default")).findFirst()
        .map(s -> !s.getDisabled() && s.getExclusionsList().stream()
            .noneMatch(x -> !x.getDisabled() && (x.getFilter().isBlank() || x.getFilter().contains("cloudaudit.googleapis.com"))));
  }

  /** An empty filter routes every log; otherwise a filter naming the audit logs does. */
  static boolean routesAuditLogs(String filter) {
    return filter == null || filter.isBlank() || filter.contains("cloudaudit.googleapis.com");
  }

  /** A sink's destination as the log store it is: a bucket's name, or the destination as written. */
  static String store(LogSink s) {
    String d = s.getDestination();
    return d.startsWith(LOGGING) ? d.substring(LOGGING.length()) : d;
  }
}
