package cloudscan.azure.collect.updates;

import cloudscan.azure.collect.AzureClients;
import cloudscan.azure.collect.AzureRefs;
import cloudscan.azure.collect.resourcegraph.GraphQuery;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Vulnerability;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Missing security patches of Azure VMs from Azure Update Manager's patch assessment, read through
 * Azure Resource Graph ({@code patchassessmentresources}, one query over every scanned subscription,
 * shared), with the VMs and their power state from the same service ({@code resources}): every
 * missing patch classified Security or Critical → {@link Vulnerability} whose fix date is the patch's
 * {@code publishedDateTime} (unread when the assessment gives none). A running VM without a
 * successful assessment from the last {@value PatchAssessments#MAX_AGE_DAYS} days (periodic
 * assessment off, the agent failing, or the rows hidden from an identity without
 * {@code patchAssessmentResults/read}) is a gap, never "nothing to patch".
 */
public final class PatchAssessmentCollector implements Collector {

  static final String VMS = "resources | where type =~ 'microsoft.compute/virtualmachines' "
      + "| project id, location, subscriptionId, power = tostring(properties.extended.instanceView.powerState.code) "
      + "| order by id asc";
  static final String PATCHES = "patchassessmentresources | where type in~ "
      + "('microsoft.compute/virtualmachines/patchassessmentresults', "
      + "'microsoft.compute/virtualmachines/patchassessmentresults/softwarepatches') "
      + "| project id, type, location, subscriptionId, properties | order by id asc";

  private final AzureClients clients;
  private final Clock clock;

  public PatchAssessmentCollector(AzureClients clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  @Override
  public String service() {
    return "updatemanager";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Vulnerability.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    String sub = target.account();
    List<String> all = GraphQuery.scope(clients, sub);
    Map<String, List<JsonNode>> vms = clients.shared("resourcegraph:vms|" + all, () -> GraphQuery.run(clients, sub, all, VMS));
    Map<String, List<JsonNode>> rows = clients.shared("resourcegraph:patches|" + all,
        () -> GraphQuery.run(clients, sub, all, PATCHES));
    PatchAssessments assessed = new PatchAssessments(sub, rows.getOrDefault(sub, List.of()), clock.instant());
    List<String> unassessed = vms.getOrDefault(sub, List.of()).stream()
        .filter(PatchAssessments::running)
        .map(vm -> AzureRefs.id(vm.path("id").asText()))
        .filter(id -> !assessed.current(id))
        .toList();
    assessed.vulnerabilities().forEach(out::accept);
    if (!unassessed.isEmpty()) {
      out.gap(new IllegalStateException("no successful Update Manager patch assessment in the last "
          + PatchAssessments.MAX_AGE_DAYS + " days for " + unassessed.size() + " running VM(s): " + String.join(", ",
          unassessed.stream().map(AzureRefs::nameOf).toList())
          + " (turn on periodic assessment, or grant Microsoft.Compute/virtualMachines/patchAssessmentResults/read)"),
          produces());
    }
  }
}
