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
import com.google.logging.v2.ListBucketsResponse;
import com.google.logging.v2.LogBucket;
import com.google.logging.v2.LogSink;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cloud Logging over its REST surface (the Java configuration client is gRPC-only), for projects
 * and, as organization-level scopes, folders and organizations. Log buckets → {@link LogStore}
 * (retention days, lock; audit logs held by {@code _Required}, {@code _Default} and any bucket a
 * sink routes audit logs to, including aggregated sinks of the folders and organization above)
 * and {@link Located}. Projects: the always-on Admin Activity audit logs → {@link AuditTrail}
 * written to {@code _Required}; Data Access audit logs, where the IAM policies' audit
 * configuration turns them on, → an {@link AuditTrail} written to {@code _Default}. Folders and
 * organizations: each aggregated sink (include children) routing audit logs → an
 * {@link AuditTrail} covering the projects below, written where the sink writes.
 */
public final class LoggingCollector implements Collector {

  static final String REQUIRED = "_Required";
  static final String DEFAULT = "_Default";

  private final GcpContext ctx;
  private final Scope.Level level;

  public LoggingCollector(GcpContext ctx, Scope.Level level) {
    this.ctx = ctx;
    this.level = level;
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
    return level;
  }

  @Override
  public void collect(Target target, FactSink out) {
    String parent = GcpContext.parent(target);
    Map<String, String> buckets = Map.of();
    try {
      buckets = buckets(target, parent, out);
    } catch (GcpCall.GcpCallException e) {
      // the Admin Activity trail below is a fact of the platform; only the stores are unknown
      out.gap(e, Set.of(LogStore.class, Located.class));
    }
    if (level == Scope.Level.ORGANIZATION) {
      for (LogSink s : LogSinks.routingAudit(LogSinks.of(ctx, parent), true)) {
        out.accept(new AuditTrail(GcpContext.ref(target, "global", "logging.googleapis.com/LogSink", parent + "/sinks/" + s.getName()),
            true, Known.of(true), Known.notOffered(), Known.of(true), Known.of(LogSinks.store(s))));
      }
      return;
    }
    // Admin Activity audit logs are always written and cannot be turned off; they go to _Required.
    out.accept(new AuditTrail(GcpContext.ref(target, "global", "logging.googleapis.com/AuditLog", parent + "/auditLogs/adminActivity"),
        true, Known.of(true), Known.notOffered(), Known.of(true), Known.ofNullable(buckets.get(REQUIRED))));
    // Data Access logs land where the _Default sink sends them, if it keeps them at all
    Known<String> dataAccessStore = LogSinks.dataAccessStore(ctx, parent);
    DataAccessLogs.services(ctx, target).filter(on -> !on.isEmpty()).ifPresent(on -> out.accept(new AuditTrail(
        GcpContext.ref(target, "global", "logging.googleapis.com/AuditLog", parent + "/auditLogs/dataAccess"),
        true, Known.of(true), Known.notOffered(), Known.of(false), dataAccessStore)));
  }

  /** Emits the log buckets; returns the names of {@code _Required} and {@code _Default} by their IDs. */
  private Map<String, String> buckets(Target target, String parent, FactSink out) {
    Set<String> auditDestinations = new HashSet<>(LogSinks.bucketsOf(LogSinks.routingAudit(LogSinks.of(ctx, parent), false)));
    for (String above : target.parents()) {
      auditDestinations.addAll(LogSinks.bucketsOf(LogSinks.routingAudit(LogSinks.of(ctx, above), true)));
    }
    Map<String, String> named = new java.util.HashMap<>();
    List<ListBucketsResponse> pages = GcpCall.get("logging.buckets.list", () -> ctx.clients().rest("logging")
        .pages("/v2/" + parent + "/locations/-/buckets", Map.of(), ListBucketsResponse.getDefaultInstance()));
    for (ListBucketsResponse page : pages) {
      for (LogBucket b : page.getBucketsList()) {
        String id = GcpContext.last(b.getName());
        ResourceRef ref = GcpContext.ref(target, location(b.getName()), "logging.googleapis.com/LogBucket", b.getName());
        boolean audit = REQUIRED.equals(id) || DEFAULT.equals(id) || auditDestinations.contains(b.getName());
        out.accept(new LogStore(ref, audit, b.getRetentionDays() > 0 ? Retention.days(b.getRetentionDays())
            : Retention.unknown(), Known.of(b.getLocked())));
        out.accept(Located.regional(ref));
        if (REQUIRED.equals(id) || DEFAULT.equals(id)) {
          named.put(id, b.getName());
        }
      }
    }
    return named;
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
