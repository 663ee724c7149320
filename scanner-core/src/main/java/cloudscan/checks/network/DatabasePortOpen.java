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

/** A database, cache or search port reachable from the whole internet. */
public final class DatabasePortOpen implements Check {

  /**
   * SQL Server, Oracle (1521, 2483/2484), MySQL/MariaDB, PostgreSQL, Redshift, Redis, Cassandra,
   * Elasticsearch/OpenSearch, Memcached, MongoDB, Db2.
   */
  static final Set<Integer> DATABASE_PORTS = Set.of(1433, 1521, 2483, 2484, 3306, 5432, 5439, 6379,
      9042, 9200, 9300, 11211, 27017, 27018, 50000);

  private static final Text CLEAN = Text.of(
        "インターネットに開放されたデータベースのポートはありません",
        "no database port open to the internet");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.database-port-open")
        .title(Text.of("データベースのポートがインターネットに開放されている", "Database port open to the internet"))
        .remediation(Text.of(
            "0.0.0.0/0 や ::/0 からのデータベースポート許可を削除し、アプリケーションのサブネットやセキュリティ"
                + "グループ、プライベートエンドポイントからの接続に限定する",
            "Remove rules allowing database ports from 0.0.0.0/0 or ::/0; allow only the application's "
                + "subnets or security groups, or use private endpoints"))
        .severity(Severity.HIGH)
        .requirements("3.3")
        .needs(NetworkRule.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return PerTarget.judge(facts, DatabasePortOpen::offence, Status.FAIL, CLEAN);
  }

  /** The rule's problem, or null if it has none. */
  static Text offence(NetworkRule rule) {
    return PerTarget.portsOpenToInternet(rule, DATABASE_PORTS, WHAT);
  }

  private static final Text WHAT = Text.of("データベースのポート", "database port(s)");
}
