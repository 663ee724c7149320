package cloudscan.core.fact;

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
}
