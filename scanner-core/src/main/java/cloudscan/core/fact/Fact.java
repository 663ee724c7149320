package cloudscan.core.fact;

/**
 * An immutable, cloud-neutral statement about one resource. Implementations are records; the
 * snapshot stores them by {@link #kind()} (see {@link FactKinds}).
 */
public interface Fact {

  ResourceRef resource();
}
