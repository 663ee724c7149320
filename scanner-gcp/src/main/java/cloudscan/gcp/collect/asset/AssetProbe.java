package cloudscan.gcp.collect.asset;

import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import com.google.cloud.asset.v1.SearchAllResourcesRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Cloud Asset whether a project holds any resource of one API ({@code assetTypes} takes a
 * regular expression: {@code sqladmin.googleapis.com.*}), one page of one result, once per
 * project and API. Only a successful answer listing nothing is "none"; a failed search is never.
 */
public final class AssetProbe {

  private static final Logger LOG = LoggerFactory.getLogger(AssetProbe.class);

  private AssetProbe() { }

  /** True only if Cloud Asset answered and lists no resource of {@code api} in {@code project}. */
  public static boolean noneOf(GcpContext ctx, String project, String api) {
    return ctx.clients().shared("asset-none:" + project + ":" + api, () -> {
      SearchAllResourcesRequest req = SearchAllResourcesRequest.newBuilder().setScope("projects/" + project)
          .addAssetTypes(api.replace(".", "\\.") + "/.*").setPageSize(1).build();
      try {
        // only the end of the collection proves "none": a page may hold fewer results than asked, even
        // none, and still have a next page (AIP-158)
        return GcpCall.get("cloudasset.assets.searchAllResources", () -> {
          var first = ctx.gapic().asset().searchAllResources(req).getPage().getResponse();
          return first.getResultsCount() == 0 && first.getNextPageToken().isEmpty();
        });
      } catch (GcpCall.GcpCallException e) {
        LOG.debug("cannot ask Cloud Asset about {} in {}: {}", api, project, e.toString());
        return false;
      }
    });
  }
}
