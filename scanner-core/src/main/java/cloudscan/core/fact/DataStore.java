package cloudscan.core.fact;

/**
 * A place that holds the city's data (bucket, volume, database, table): the inventory behind 3.9
 * and the redundancy facts behind 3.7.
 *
 * @param multiZone true if the store survives the loss of one zone (Multi-AZ, ZRS, regional);
 *                  null when unknown
 */
public record DataStore(ResourceRef resource, StoreKind kind, Boolean multiZone) implements Fact { }
