package cloudscan.checks.network;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.NetworkRule;
import java.util.Set;
import java.util.stream.Stream;

/** A database, cache or search port reachable from the internet (judged as {@link AdminPortOpen}). */
public final class DatabasePortOpen implements Check {

  /**
   * SQL Server, Oracle (1521, 2483/2484), MySQL/MariaDB, PostgreSQL, Redshift, Redis, Cassandra,
   * Elasticsearch/OpenSearch, Memcached, MongoDB, Db2.
   */
  static final Set<Integer> DATABASE_PORTS = Set.of(1433, 1521, 2483, 2484, 3306, 5432, 5439, 6379,
      9042, 9200, 9300, 11211, 27017, 27018, 50000);

  private static final Text CLEAN = Text.of(
      "インターネットから到達可能なデータベースのポートはありません", "no database port reachable from the internet");
  private static final Text WHAT = Text.of("データベースのポート", "database port(s)");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.database-port-open")
        .title(Text.of("データベースのポートがインターネットに開放されている", "Database port open to the internet"))
        .remediation(Text.of(
            "インターネットからのデータベースポート許可を削除し、アプリケーションのサブネットやセキュリティ"
                + "グループ、プライベートエンドポイントからの接続に限定する",
            "Remove rules allowing database ports from the internet; allow only the application's "
                + "subnets or security groups, or use private endpoints"))
        .severity(Severity.HIGH)
        .requirements("3.3", "3.4")
        .needs(NetworkRule.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return RuleSetVerdicts.ports(Firewalls.of(facts), DATABASE_PORTS, WHAT, Status.FAIL, CLEAN);
  }
}
