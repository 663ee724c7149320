package cloudscan.aws.collect.costexplorer;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.JapanLocations;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.Group;

/**
 * A residency tripwire no list call can give: last month's usage and cost of the account grouped
 * by region and service (Cost Explorer GetCostAndUsage, one request per account, more only when
 * paged; each request is billed, USD 0.01). Usage of a regional service in a region outside Japan
 * is evidence of resources there even when a list call missed them: a {@link Located} (inventory)
 * named {@code …:usage/<region>/<service>}. UsageQuantity counts as well as cost, since free-tier
 * usage costs nothing. The regions with any usage are noted for the session: a region never
 * examined with none is reported with that as evidence (NEEDS_REVIEW, never MET: free resources
 * hold data too). Cost Explorer data lags about a day.
 */
public final class CostExplorerCollector implements Collector {

  /** Session note: the regions with usage last month, per account. */
  public static final String USAGE_NOTE = "ce:regions-with-usage:";

  private final AwsClients clients;

  public CostExplorerCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "ce";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Located.class, ResourceLabel.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    CostExplorerClient ce = clients.client(target, CostExplorerClient.class, CostExplorerClient::builder);
    LocalDate thisMonth = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
    String start = thisMonth.minusMonths(1).toString();
    String end = thisMonth.toString();
    Set<String> used = new TreeSet<>();
    String token = null;
    do {
      String page = token;
      GetCostAndUsageResponse r = ce.getCostAndUsage(q -> q.timePeriod(t -> t.start(start).end(end))
          .granularity("MONTHLY").metrics("UsageQuantity", "UnblendedCost")
          .filter(f -> f.dimensions(d -> d.key("LINKED_ACCOUNT").values(target.account())))
          .groupBy(g -> g.type("DIMENSION").key("REGION"), g -> g.type("DIMENSION").key("SERVICE"))
          .nextPageToken(page));
      r.resultsByTime().forEach(t -> t.groups().forEach(g -> usage(target, g, start, used, out)));
      token = r.nextPageToken();
    } while (token != null && !token.isEmpty());
    clients.note(USAGE_NOTE + target.account(), Set.copyOf(used));
  }

  private void usage(Target target, Group g, String month, Set<String> used, FactSink out) {
    if (g.keys().size() < 2 || !BilledUsage.positive(g)) {
      return;
    }
    String region = g.keys().get(0);
    String service = g.keys().get(1);
    used.add(region);
    if (!BilledUsage.regional(region, service) || JapanLocations.inJapan(Cloud.AWS, region)) {
      return;
    }
    var ref = AwsRefs.withId(target, region, "ce", "usage",
        "arn:" + clients.partition() + ":ce::" + target.account() + ":usage/" + region + "/" + service);
    List<Fact> facts = new ArrayList<>();
    facts.add(new Located(ref, Known.notOffered(), true));
    facts.add(new ResourceLabel(ref, service + " usage in " + region + " in the month from " + month + " ("
        + BilledUsage.describe(g) + ", Cost Explorer)", Known.unread()));
    facts.forEach(out::accept);
  }
}
