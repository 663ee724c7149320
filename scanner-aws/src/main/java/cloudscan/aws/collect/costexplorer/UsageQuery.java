package cloudscan.aws.collect.costexplorer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageRequest;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.Group;

/**
 * The two GetCostAndUsage requests the tripwire makes, for last full calendar month, with
 * UsageQuantity and UnblendedCost (free-tier usage costs nothing): per account (filter
 * LINKED_ACCOUNT = the account, GroupBy REGION + SERVICE), or once for a whole organization from
 * its management account (GroupBy LINKED_ACCOUNT + REGION, global services filtered out by name,
 * since the two GroupBy slots are taken). Pages are followed (NextPageToken).
 */
final class UsageQuery {

  /** One group: where the usage was billed, for which service (null when not grouped by it). */
  record Usage(String account, String region, String service, Group group) { }

  private final CostExplorerClient ce;
  private final String start;
  private final String end;

  UsageQuery(CostExplorerClient ce) {
    this.ce = ce;
    LocalDate thisMonth = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
    this.start = thisMonth.minusMonths(1).toString();
    this.end = thisMonth.toString();
  }

  String month() {
    return start;
  }

  /** {@code account}'s usage by region and service. */
  List<Usage> account(String account) {
    List<Usage> out = new ArrayList<>();
    pages(q -> q.filter(f -> f.dimensions(d -> d.key("LINKED_ACCOUNT").values(account)))
            .groupBy(g -> g.type("DIMENSION").key("REGION"), g -> g.type("DIMENSION").key("SERVICE")),
        g -> g.keys().size() >= 2, g -> out.add(new Usage(account, g.keys().get(0), g.keys().get(1), g)));
    return out;
  }

  /** Every linked account's usage by region (regional services only), by account. */
  Map<String, List<Usage>> organization() {
    Map<String, List<Usage>> out = new LinkedHashMap<>();
    pages(q -> q.filter(f -> f.not(n -> n.dimensions(d -> d.key("SERVICE").values(BilledUsage.GLOBAL_SERVICE_NAMES))))
            .groupBy(g -> g.type("DIMENSION").key("LINKED_ACCOUNT"), g -> g.type("DIMENSION").key("REGION")),
        g -> g.keys().size() >= 2, g -> out.computeIfAbsent(g.keys().get(0), a -> new ArrayList<>())
            .add(new Usage(g.keys().get(0), g.keys().get(1), null, g)));
    return out;
  }

  private void pages(Consumer<GetCostAndUsageRequest.Builder> query, java.util.function.Predicate<Group> valid,
      Consumer<Group> each) {
    String token = null;
    do {
      String page = token;
      GetCostAndUsageResponse r = ce.getCostAndUsage(q -> {
        q.timePeriod(t -> t.start(start).end(end)).granularity("MONTHLY").metrics("UsageQuantity", "UnblendedCost")
            .nextPageToken(page);
        query.accept(q);
      });
      r.resultsByTime().forEach(t -> t.groups().stream().filter(valid).forEach(each));
      token = r.nextPageToken();
    } while (token != null && !token.isEmpty());
  }
}
