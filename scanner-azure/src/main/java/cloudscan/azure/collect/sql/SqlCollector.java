package cloudscan.azure.collect.sql;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.Reads;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.fact.TlsPolicy;
import cloudscan.core.fact.TlsVersion;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.azure.resourcemanager.sql.SqlServerManager;
import com.azure.resourcemanager.sql.fluent.SqlManagementClient;
import com.azure.resourcemanager.sql.fluent.models.DatabaseInner;
import com.azure.resourcemanager.sql.fluent.models.ServerInner;
import com.azure.resourcemanager.sql.models.TransparentDataEncryptionName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Azure SQL logical servers → {@link PublicEndpoint} (public network access; firewall ranges as CIDRs,
 * the 0.0.0.0 rule "Allow Azure services" as the {@code AzureCloud} tag: every Azure customer's
 * addresses; virtual-network rules as the customer's subnets), {@link TlsPolicy} (minimal TLS version,
 * Microsoft-managed suites; "None" accepts TLS 1.0), {@link Located}; failover-group partners →
 * {@link Replica}; databases → {@link DataStore} (zone redundancy), {@link EncryptionAtRest} (TDE state,
 * one GET per database), {@link Located}.
 */
public final class SqlCollector implements Collector {

  private final AzureClients clients;

  public SqlCollector(AzureClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "sql";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(PublicEndpoint.class, TlsPolicy.class, Located.class, Replica.class, DataStore.class,
        EncryptionAtRest.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    SqlManagementClient sql = clients.manager(sub, SqlServerManager.class, SqlServerManager::authenticate).serviceClient();
    for (ServerInner s : Reads.unlessUnregistered(() -> sql.getServers().list().stream().toList())) {
      ResourceRef ref = AzureRefs.ref(sub, s.location(), s.type(), s.id());
      String group = AzureRefs.groupOf(s.id());
      out.accept(Located.regional(ref));
      out.accept(tls(ref, s));
      out.accept(new PublicEndpoint(ref, PublicEndpoint.Kind.DATABASE,
          Known.of(s.publicNetworkAccess() == null || !"disabled".equalsIgnoreCase(s.publicNetworkAccess().toString())),
          sources(sql, group, s.name()), Known.notOffered()));
      sql.getFailoverGroups().listByServer(group, s.name()).forEach(fg -> fg.partnerServers().forEach(p ->
          out.accept(new Replica(ref, "failover group " + fg.name(), AzureRefs.subscriptionOf(p.id()),
              AzureRefs.location(p.location())))));
      List<DatabaseInner> dbs = sql.getDatabases().listByServer(group, s.name()).stream()
          .filter(db -> !"master".equalsIgnoreCase(db.name())).toList();
      clients.fanOut(dbs, db -> {
        database(sub, sql, group, s.name(), db, out);
        return db;
      });
    }
  }

  private static void database(String sub, SqlManagementClient sql, String group, String server, DatabaseInner db,
      FactSink out) {
    ResourceRef ref = AzureRefs.ref(sub, db.location(), db.type(), db.id());
    out.accept(Located.regional(ref));
    out.accept(new DataStore(ref, StoreKind.DATABASE, Known.ofNullable(db.zoneRedundant())));
    Reads.Fetched<String> tde = Reads.fetch(out, Set.of(EncryptionAtRest.class), () -> String.valueOf(
        sql.getTransparentDataEncryptions().get(group, server, db.name(), TransparentDataEncryptionName.CURRENT).state()));
    out.accept(new EncryptionAtRest(ref, StoreKind.DATABASE,
        tde.ok() ? Known.of("enabled".equalsIgnoreCase(tde.value())) : Known.unread(), null));
  }

  private static TlsPolicy tls(ResourceRef ref, ServerInner s) {
    String v = s.minimalTlsVersion();
    TlsVersion min = v == null ? TlsVersion.UNKNOWN : "none".equalsIgnoreCase(v) ? TlsVersion.TLS1_0 : TlsVersion.parse(v);
    return new TlsPolicy(ref, s.fullyQualifiedDomainName(), "minimalTlsVersion " + v, min, Known.notOffered(),
        Known.notOffered());
  }

  private static Known<List<Peer>> sources(SqlManagementClient sql, String group, String server) {
    List<Peer> out = new ArrayList<>();
    sql.getFirewallRules().listByServer(group, server).forEach(r -> {
      if ("0.0.0.0".equals(r.startIpAddress()) && "0.0.0.0".equals(r.endIpAddress())) {
        out.add(new Peer.Tag("AzureCloud"));
      } else {
        IpRanges.cidrs(r.startIpAddress(), r.endIpAddress()).forEach(c -> out.add(new Peer.Network(c)));
      }
    });
    sql.getVirtualNetworkRules().listByServer(group, server)
        .forEach(r -> out.add(new Peer.Group(AzureRefs.id(r.virtualNetworkSubnetId()))));
    return Known.of(out);
  }
}
