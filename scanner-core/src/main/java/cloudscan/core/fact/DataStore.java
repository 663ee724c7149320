package cloudscan.core.fact;

import java.util.Objects;

/**
 * A place that holds the city's data (bucket, volume, database, table): the inventory behind 3.9
 * and the redundancy facts behind 3.7.
 *
 * @param multiZone true if the store survives the loss of one zone (Multi-AZ, ZRS, regional)
 */
public record DataStore(ResourceRef resource, StoreKind kind, Known<Boolean> multiZone) implements Fact {

  public DataStore {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(multiZone, "multiZone");
  }
}
