package cloudscan.core.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * The account's password rules for human sign-in (AWS IAM account password policy; Entra ID and
 * Cloud Identity where readable). {@code present=false} means no policy is set (provider defaults).
 */
public record PasswordPolicy(ResourceRef resource, boolean present, int minLength,
    boolean requireUppercase, boolean requireLowercase, boolean requireDigits,
    boolean requireSymbols) implements Fact {

  public static PasswordPolicy absent(ResourceRef resource) {
    return new PasswordPolicy(resource, false, 0, false, false, false, false);
  }

  public boolean requiresAllClasses() {
    return requireUppercase && requireLowercase && requireDigits && requireSymbols;
  }

  /** The character classes not required, in the order upper, lower, digits, symbols. */
  public List<String> missingClasses() {
    List<String> missing = new ArrayList<>();
    if (!requireUppercase) {
      missing.add("upper");
    }
    if (!requireLowercase) {
      missing.add("lower");
    }
    if (!requireDigits) {
      missing.add("digits");
    }
    if (!requireSymbols) {
      missing.add("symbols");
    }
    return missing;
  }
}
