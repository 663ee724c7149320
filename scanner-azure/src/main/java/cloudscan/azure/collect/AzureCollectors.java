package cloudscan.azure.collect;

import cloudscan.core.provider.Collector;
import java.util.List;

/** The explicit list of Azure collectors (no classpath scanning): add a new one here. */
public final class AzureCollectors {

  private AzureCollectors() { }

  public static List<Collector> all(AzureClients clients) {
    return List.of();
  }
}
