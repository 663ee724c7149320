package cloudscan.aws.collect.inventory;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsErrors;
import cloudscan.core.provider.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The aggregated inventory each account offers, read once per account per scan. Where there is
 * none, or it cannot be read (not set up, no default view, a filtered view, access denied), every
 * type is listed by its own service, as cheaply as that is: the scan then makes the per-type list
 * calls it would make anyway, so nothing is hidden and nothing is a gap.
 */
public final class Indexes {

  private static final Logger LOG = LoggerFactory.getLogger(Indexes.class);

  private Indexes() { }

  /** The index of the target's account, read (from the target's region) on first use. */
  public static AccountIndex of(AwsClients clients, Target target) {
    return clients.once("inventory:" + target.account(), () -> {
      try {
        AccountIndex index = ResourceExplorerIndex.read(clients, target.account(), clients.regionOf(target))
            .orElse(AccountIndex.NONE);
        LOG.info("account {}: residency inventory from {}; {}", target.account(),
            index == AccountIndex.NONE ? "per-type list calls (no Resource Explorer aggregator index with an"
                + " unfiltered default view)" : index.source(),
            index == AccountIndex.NONE ? "every type listed by its own service"
                : index.regions().size() + " indexed regions, " + index.types().size()
                    + " supported types; per-type list calls where it cannot vouch");
        return index;
      } catch (SdkException e) {
        LOG.info("account {}: residency inventory from per-type list calls (Resource Explorer: {})",
            target.account(), AwsErrors.describe(e).message());
        return AccountIndex.NONE;
      }
    });
  }
}
