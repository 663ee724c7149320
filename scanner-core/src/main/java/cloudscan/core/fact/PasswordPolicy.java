package cloudscan.core.fact;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The password rules for human sign-in of an account or directory: the AWS IAM account password
 * policy (or AWS's default when none is set), Entra ID's fixed rule, none on a GCP project.
 *
 * @param source        where the rule comes from
 * @param minLength     minimum length (0 when {@link Source#NOT_OFFERED})
 * @param requiredClasses character classes every password must contain
 * @param minClasses    how many different classes every password must contain, whichever they are
 *                      (Entra ID and AWS's default policy: 3 of 4)
 */
public record PasswordPolicy(ResourceRef resource, Source source, int minLength,
    Set<CharClass> requiredClasses, int minClasses) implements Fact {

  public enum Source {
    /** Set by the customer. */
    CUSTOM,
    /** None set; the provider's documented default applies (recorded as its values). */
    PROVIDER_DEFAULT,
    /** This account type has no password policy of its own (a GCP project): not judged. */
    NOT_OFFERED
  }

  public enum CharClass { UPPER, LOWER, DIGITS, SYMBOLS }

  public PasswordPolicy {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(source, "source");
    requiredClasses = requiredClasses == null || requiredClasses.isEmpty()
        ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredClasses));
    if (minLength < 0 || minClasses < 0 || minClasses > CharClass.values().length) {
      throw new IllegalArgumentException("password policy: length and classes must be in range");
    }
  }

  public static PasswordPolicy notOffered(ResourceRef resource) {
    return new PasswordPolicy(resource, Source.NOT_OFFERED, 0, Set.of(), 0);
  }

  /** How many classes every valid password is guaranteed to contain. */
  public int guaranteedClasses() {
    return Math.max(requiredClasses.size(), minClasses);
  }

  /** The classes not required by name, in the order upper, lower, digits, symbols. */
  public List<CharClass> missingClasses() {
    List<CharClass> missing = new ArrayList<>();
    for (CharClass c : CharClass.values()) {
      if (!requiredClasses.contains(c)) {
        missing.add(c);
      }
    }
    return missing;
  }
}
