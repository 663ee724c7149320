package cloudscan.aws.collect.costexplorer;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.costexplorer.UsageQuery.Usage;
import cloudscan.aws.collect.organizations.Management;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.JapanLocations;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;

/**
 * A residency tripwire no list call can give: last month's usage and cost by region (Cost
 * Explorer GetCostAndUsage; each request is billed, USD 0.01). In an {@code org-role} scan signed
 * in as the organization's management account (the payer, whose Cost Explorer sees every member)
 * one request covers the whole organization (GroupBy LINKED_ACCOUNT + REGION); otherwise one per
 * account (GroupBy REGION + SERVICE). More only when paged. Usage of a regional service in a
 * region outside Japan is evidence of resources there even when a list call missed them: a
 * {@link Located} (inventory) named {@code …:usage/<region>[/<service>]}. The regions with any
 * usage are noted for the session: a region never examined with none is reported with that as
 * evidence (NEEDS_REVIEW, never MET: free resources hold data too). Data lags about a day.
 */
public final class CostExplorerCollector implements Collector {

  /** Session note: the regions with usage last month, per account. */
  public static final String USAGE_NOTE = "ce:regions-with-usage:";
  /** Session note: the account an {@code org-role} scan signed in as. */
  public static final String ORG_CALLER_NOTE = "ce:org-role-caller";

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
    Optional<String> payer = organizationPayer();
    List<Usage> usage;
    String month;
    if (payer.isPresent()) {
      UsageQuery query = new UsageQuery(client(payer.get()));
      Map<String, List<Usage>> organization = clients.once("ce:GetCostAndUsage:organization", query::organization);
      usage = organization.getOrDefault(target.account(), List.of()); // the payer sees every member: none = none
      month = query.month();
    } else {
      UsageQuery query = new UsageQuery(client(target.account()));
      usage = query.account(target.account());
      month = query.month();
    }
    Set<String> used = new TreeSet<>();
    usage.stream().filter(u -> BilledUsage.positive(u.group())).forEach(u -> {
      used.add(u.region());
      if (BilledUsage.regional(u.region(), u.service()) && !JapanLocations.inJapan(Cloud.AWS, u.region())) {
        facts(target, u, month).forEach(out::accept);
      }
    });
    clients.note(USAGE_NOTE + target.account(), Set.copyOf(used));
  }

  /**
   * The management account an {@code org-role} scan signed in as, if it is one: a delegated
   * administrator's Cost Explorer sees only its own account, so its scan asks per account. When
   * the organization cannot be read, the scan asks per account too (each answer is then its own).
   */
  private Optional<String> organizationPayer() {
    return clients.note(ORG_CALLER_NOTE).map(String.class::cast).filter(caller -> {
      try {
        return Management.isManagementAccount(clients, caller);
      } catch (SdkException e) {
        return false;
      }
    });
  }

  private CostExplorerClient client(String account) {
    Region home = clients.globalRegion();
    return clients.client(account, home, CostExplorerClient.class, CostExplorerClient::builder);
  }

  private List<Fact> facts(Target target, Usage u, String month) {
    String what = u.service() == null ? "regional services" : u.service();
    var ref = AwsRefs.withId(target, u.region(), "ce", "usage", "arn:" + clients.partition() + ":ce::"
        + target.account() + ":usage/" + u.region() + (u.service() == null ? "" : "/" + u.service()));
    return List.of(new Located(ref, Known.notOffered(), true), new ResourceLabel(ref, what + " usage in "
        + u.region() + " in the month from " + month + " (" + BilledUsage.describe(u.group()) + ", Cost Explorer)",
        Known.unread()));
  }
}
