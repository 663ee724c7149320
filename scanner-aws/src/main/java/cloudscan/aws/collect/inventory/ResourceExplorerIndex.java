package cloudscan.aws.collect.inventory;

import cloudscan.aws.collect.AwsClients;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.resourceexplorer2.ResourceExplorer2Client;
import software.amazon.awssdk.services.resourceexplorer2.model.Index;
import software.amazon.awssdk.services.resourceexplorer2.model.IndexType;
import software.amazon.awssdk.services.resourceexplorer2.model.Resource;
import software.amazon.awssdk.services.resourceexplorer2.model.ResourceProperty;
import software.amazon.awssdk.services.resourceexplorer2.model.SupportedResourceType;
import software.amazon.awssdk.services.resourceexplorer2.model.View;

/**
 * Reads Resource Explorer's aggregator index, when the account has one: ListIndexes (every
 * region's index, from any region), then in the aggregator's region GetDefaultView, GetView,
 * ListSupportedResourceTypes and ListResources through the default view. A view with a filter
 * could leave resources out, so it is not used. The index only vouches for the regions that have
 * an index and the types it supports.
 */
final class ResourceExplorerIndex {

  private ResourceExplorerIndex() { }

  /** The account's index as seen from {@code region}; empty without an aggregator or a usable default view. */
  static Optional<AccountIndex> read(AwsClients clients, String account, Region region) {
    List<Index> indexes = client(clients, account, region).listIndexesPaginator(r -> { }).indexes().stream().toList();
    Optional<Index> aggregator = indexes.stream().filter(i -> i.type() == IndexType.AGGREGATOR).findFirst();
    if (aggregator.isEmpty()) {
      return Optional.empty();
    }
    ResourceExplorer2Client re = client(clients, account, Region.of(aggregator.get().region()));
    String viewArn = re.getDefaultView(r -> { }).viewArn();
    if (viewArn == null || viewArn.isBlank()) {
      return Optional.empty();
    }
    View view = re.getView(r -> r.viewArn(viewArn)).view();
    if (view.filters() != null && view.filters().filterString() != null && !view.filters().filterString().isBlank()) {
      return Optional.empty(); // a filtered view may hide resources
    }
    Set<String> types = re.listSupportedResourceTypesPaginator(r -> { }).resourceTypes().stream()
        .map(SupportedResourceType::resourceType).collect(Collectors.toSet());
    List<AccountIndex.Entry> resources = re.listResourcesPaginator(r -> r.viewArn(viewArn).maxResults(1000))
        .resources().stream()
        .filter(res -> res.owningAccountId() == null || account.equals(res.owningAccountId()))
        .map(ResourceExplorerIndex::entry).toList();
    Set<String> regions = indexes.stream().map(Index::region).collect(Collectors.toSet());
    return Optional.of(new AccountIndex("Resource Explorer aggregator index in " + aggregator.get().region()
        + " (default view " + viewArn + ")", regions, types, resources));
  }

  private static AccountIndex.Entry entry(Resource r) {
    Map<String, String> tags = r.properties().stream().filter(p -> "tags".equalsIgnoreCase(p.name())).findFirst()
        .map(ResourceExplorerIndex::tags).orElse(null);
    return new AccountIndex.Entry(r.arn(), r.region(), r.resourceType(), tags);
  }

  /** The {@code tags} property: a list of {@code {"Key": …, "Value": …}}. */
  private static Map<String, String> tags(ResourceProperty p) {
    Map<String, String> out = new LinkedHashMap<>();
    Document data = p.data();
    if (data != null && data.isList()) {
      for (Document t : data.asList()) {
        if (t.isMap() && t.asMap().get("Key") != null) {
          Document v = t.asMap().get("Value");
          out.put(t.asMap().get("Key").asString(), v == null || v.isNull() ? "" : v.asString());
        }
      }
    }
    return out;
  }

  private static ResourceExplorer2Client client(AwsClients clients, String account, Region region) {
    return clients.client(account, region, ResourceExplorer2Client.class, ResourceExplorer2Client::builder);
  }
}
