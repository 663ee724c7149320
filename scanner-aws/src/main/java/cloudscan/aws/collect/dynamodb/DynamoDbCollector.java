package cloudscan.aws.collect.dynamodb;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Reads;
import cloudscan.aws.collect.Reads.Fetched;
import cloudscan.aws.collect.tagging.TaggingCollector;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReplicaDescription;
import software.amazon.awssdk.services.dynamodb.model.SSEDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * DynamoDB tables → {@link Located}, {@link DataStore} (NOSQL; always replicated across zones),
 * {@link EncryptionAtRest} (always on; the KMS key when one is chosen, none for the AWS owned
 * key) and {@link Replica} per global-table replica in another region. ListTables gives names
 * only, so each table is described.
 */
public final class DynamoDbCollector implements Collector {

  static final String GLOBAL_TABLE = "dynamodb-global-table";

  private final AwsClients clients;

  public DynamoDbCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "dynamodb";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, DataStore.class, EncryptionAtRest.class, Replica.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    DynamoDbClient ddb = clients.client(target, DynamoDbClient.class, DynamoDbClient::builder);
    List<String> names = ddb.listTablesPaginator(r -> { }).tableNames().stream().toList();
    // A table's tags come from the region's one tagging read (backup selections by tag need them).
    Fetched<Map<String, Map<String, String>>> tagged = names.isEmpty() ? new Fetched<>(Map.of(), true)
        : Reads.fetch(out, Set.of(ResourceLabel.class), () -> TaggingCollector.tags(clients, target));
    // Tables are described concurrently; one that fails (deleted mid-scan, denied) is a gap for it alone.
    clients.items().each(out, produces(), names, name -> {
      TableDescription table = ddb.describeTable(r -> r.tableName(name)).table();
      List<Fact> facts = facts(target, table);
      if (tagged.ok()) {
        facts.add(new ResourceLabel(facts.get(0).resource(), table.tableName(),
            Known.of(tagged.value().getOrDefault(table.tableArn(), Map.of()))));
      }
      return facts;
    });
    backups(ddb).forEach(arn -> out.accept(Located.regional(AwsRefs.withId(target, target.location(), "dynamodb",
        "backup", arn))));
  }

  /** On-demand backups of the region's tables (ListBackups has no SDK paginator). */
  private static List<String> backups(DynamoDbClient ddb) {
    List<String> arns = new ArrayList<>();
    String after = null;
    do {
      String start = after;
      var page = ddb.listBackups(r -> r.exclusiveStartBackupArn(start));
      page.backupSummaries().forEach(b -> arns.add(b.backupArn()));
      after = page.lastEvaluatedBackupArn();
    } while (after != null);
    return arns;
  }

  static List<Fact> facts(Target target, TableDescription table) {
    ResourceRef ref = AwsRefs.withId(target, target.location(), "dynamodb", "table", table.tableArn());
    List<Fact> facts = new ArrayList<>();
    facts.add(Located.regional(ref));
    facts.add(new DataStore(ref, StoreKind.NOSQL, Known.of(true))); // DynamoDB replicates across zones
    facts.add(new EncryptionAtRest(ref, StoreKind.NOSQL, Known.of(true), kmsKey(table.sseDescription())));
    for (ReplicaDescription replica : table.replicas()) {
      if (replica.regionName() != null && !replica.regionName().equals(target.location())) {
        facts.add(new Replica(ref, GLOBAL_TABLE, target.account(), replica.regionName()));
      }
    }
    return facts;
  }

  /**
   * No SSEDescription means the AWS owned key; a KMS key (AWS or customer managed) is named while
   * it is in use. DynamoDB cannot store unencrypted data.
   */
  static String kmsKey(SSEDescription sse) {
    if (sse == null || !"KMS".equals(sse.sseTypeAsString())) {
      return null;
    }
    String status = sse.statusAsString();
    return "ENABLED".equals(status) || "UPDATING".equals(status) ? sse.kmsMasterKeyArn() : null;
  }
}
