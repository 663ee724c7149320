package cloudscan.core.fact;

/**
 * An immutable, cloud-neutral statement about one resource. Implementations are records; the
 * snapshot stores them by name (see {@link FactKinds}).
 */
public interface Fact {

  ResourceRef resource();

  /**
   * The finer kind of this fact where one record covers several things a scan looks for
   * separately (a {@link SecurityService}'s kind), else null. Together with the record's name it
   * is the key of "what was looked for" ({@link FactKinds#key(Fact)}).
   */
  default Enum<?> variant() {
    return null;
  }
}
