package cloudscan.gcp.collect.logging;

import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.RestClient;
import com.google.logging.v2.ListBucketsResponse;
import com.google.logging.v2.ListSinksResponse;
import com.google.logging.v2.LogBucket;
import com.google.logging.v2.LogSink;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cloud Logging over its REST surface (the Java configuration client is gRPC-only): the always-on
 * Admin Activity audit logs → {@link AuditTrail} written to the {@code _Required} bucket; log
 * buckets → {@link LogStore} (retention days, lock; audit logs held by {@code _Required},
 * {@code _Default} and any bucket a sink routes audit logs to) and {@link Located}.
 */
public final class LoggingCollector implements Collector {

  static final String REQUIRED = "_Required";
  static final String DEFAULT = "_Default";

  private final GcpContext ctx;

  public LoggingCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "logging";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(AuditTrail.class, LogStore.class, Located.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String parent = GcpContext.parent(target);
    Known<String> required = Known.unread();
    try {
      required = buckets(target, parent, out);
    } catch (GcpCall.GcpCallException e) {
      // the Admin Activity trail below is a fact of the platform; only the stores are unknown
      out.gap(e, Set.of(LogStore.class, Located.class));
    }
    // Admin Activity audit logs are always written and cannot be turned off; they go to _Required.
    out.accept(new AuditTrail(GcpContext.ref(target, "global", "logging.googleapis.com/AuditLog", parent + "/auditLogs/adminActivity"),
        true, Known.of(true), Known.notOffered(), Known.of(true), required));
  }

  /** Emits the log buckets; returns the name of the {@code _Required} bucket. */
  private Known<String> buckets(Target target, String parent, FactSink out) {
    RestClient rest = ctx.clients().rest("logging");
    Set<String> auditDestinations = new HashSet<>();
    for (ListSinksResponse page : GcpCall.get("logging.sinks.list",
        () -> rest.pages("/v2/" + parent + "/sinks", Map.of(), ListSinksResponse.getDefaultInstance()))) {
      for (LogSink s : page.getSinksList()) {
        if (!s.getDisabled() && routesAuditLogs(s.getFilter()) && s.getDestination().startsWith("logging.googleapis.com/")) {
          auditDestinations.add(s.getDestination().substring("logging.googleapis.com/".length()));
        }
      }
    }
    Known<String> required = Known.unread();
    List<ListBucketsResponse> pages = GcpCall.get("logging.buckets.list",
        () -> rest.pages("/v2/" + parent + "/locations/-/buckets", Map.of(), ListBucketsResponse.getDefaultInstance()));
    for (ListBucketsResponse page : pages) {
      for (LogBucket b : page.getBucketsList()) {
        String id = GcpContext.last(b.getName());
        ResourceRef ref = GcpContext.ref(target, location(b.getName()), "logging.googleapis.com/LogBucket", b.getName());
        boolean audit = REQUIRED.equals(id) || DEFAULT.equals(id) || auditDestinations.contains(b.getName());
        out.accept(new LogStore(ref, audit, b.getRetentionDays() > 0 ? Retention.days(b.getRetentionDays())
            : Retention.unknown(), Known.of(b.getLocked())));
        out.accept(Located.regional(ref));
        if (REQUIRED.equals(id)) {
          required = Known.of(b.getName());
        }
      }
    }
    return required;
  }

  /** An empty filter routes every log; otherwise a filter naming the audit logs does. */
  static boolean routesAuditLogs(String filter) {
    return filter == null || filter.isBlank() || filter.contains("cloudaudit.googleapis.com");
  }

  /** {@code projects/p/locations/asia-northeast1/buckets/b} → {@code asia-northeast1}. */
  static String location(String bucketName) {
    String[] parts = bucketName.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals("locations")) {
        return parts[i + 1];
      }
    }
    return "global";
  }
}
