package cloudscan.gcp.collect.sqladmin;

import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.api.services.sqladmin.model.DatabaseInstance;
import com.google.api.services.sqladmin.model.InstancesListResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cloud SQL instances (SQL Admin API client) → {@link PublicEndpoint} (public IP and authorized
 * networks; client certificates required by SSL mode), {@link DataStore} (HA = REGIONAL),
 * {@link Located} (region and zone), {@link EncryptionAtRest} (CMEK), {@link BackupPlan}
 * (automated backups: retained days, backup location) and {@link Replica} (read replicas of a
 * primary in the same project, to the replica's region).
 */
public final class CloudSqlCollector implements Collector {

  private final GcpContext ctx;

  public CloudSqlCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "sqladmin";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(PublicEndpoint.class, DataStore.class, Located.class, EncryptionAtRest.class, BackupPlan.class,
        Replica.class, ResourceLabel.class, TlsPolicy.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    List<DatabaseInstance> instances = list(target.account());
    Map<String, DatabaseInstance> byName = new java.util.HashMap<>();
    instances.forEach(i -> byName.put(target.account() + ":" + i.getName(), i));
    for (DatabaseInstance i : instances) {
      ResourceRef ref = GcpContext.ref(target, i.getRegion(), "sqladmin.googleapis.com/Instance",
          "//cloudsql.googleapis.com/projects/" + target.account() + "/instances/" + i.getName());
      out.accept(i.getGceZone() == null ? Located.regional(ref) : Located.zonal(ref, i.getGceZone()));
      out.accept(SqlFacts.endpoint(ref, i));
      SqlFacts.plaintext(ref, i).ifPresent(out::accept);
      out.accept(new DataStore(ref, StoreKind.DATABASE, Known.ofNullable(SqlFacts.highlyAvailable(i))));
      out.accept(new EncryptionAtRest(ref, StoreKind.DATABASE, Known.of(true), SqlFacts.key(i)));
      out.accept(SqlFacts.backups(ref, i));
      replica(target, i, byName).ifPresent(out::accept);
      out.accept(new ResourceLabel(ref, i.getName(), Known.of(labels(i))));
    }
  }

  /** A read replica copies its primary's data to the replica's region. */
  private static java.util.Optional<Replica> replica(Target target, DatabaseInstance i, Map<String, DatabaseInstance> byName) {
    DatabaseInstance primary = i.getMasterInstanceName() == null ? null : byName.get(i.getMasterInstanceName());
    if (primary == null || primary.getRegion() == null || i.getRegion() == null) {
      return java.util.Optional.empty();
    }
    ResourceRef source = GcpContext.ref(target, primary.getRegion(), "sqladmin.googleapis.com/Instance",
        "//cloudsql.googleapis.com/projects/" + target.account() + "/instances/" + primary.getName());
    return java.util.Optional.of(new Replica(source, "cloud-sql-read-replica", target.account(), i.getRegion()));
  }

  private List<DatabaseInstance> list(String project) {
    List<DatabaseInstance> out = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      InstancesListResponse r = GcpCall.get("cloudsql.instances.list", () -> {
        try {
          return ctx.clients().sqlAdmin().instances().list(project).setPageToken(page).execute();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      if (r.getItems() != null) {
        out.addAll(r.getItems());
      }
      token = r.getNextPageToken();
    } while (token != null && !token.isEmpty());
    return out;
  }

  private static Map<String, String> labels(DatabaseInstance i) {
    return i.getSettings() == null || i.getSettings().getUserLabels() == null ? Map.of() : i.getSettings().getUserLabels();
  }
}
