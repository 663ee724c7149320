package cloudscan.core.fact;

import java.util.Set;

/**
 * The password rule that applies where the customer set none, per cloud, as the providers
 * document it. Collectors record it as a {@link PasswordPolicy} with source
 * {@link PasswordPolicy.Source#PROVIDER_DEFAULT}, so the check judges it like any other rule.
 * <ul>
 *   <li>AWS IAM, no account password policy: at least 8 characters and at least three of upper
 *       case, lower case, digits and symbols (IAM User Guide, "Set an account password policy
 *       for IAM users", default password policy).</li>
 *   <li>Microsoft Entra ID (cloud-only accounts, fixed): at least 8 characters and three of the
 *       four classes (Entra documentation, "Password policies and account restrictions").</li>
 *   <li>Google Cloud: a project has no password policy; passwords belong to Cloud Identity or
 *       Google Workspace, outside the project's APIs: not offered, not judged.</li>
 * </ul>
 */
public final class PasswordPolicyDefaults {

  private PasswordPolicyDefaults() { }

  public static PasswordPolicy of(Cloud cloud, ResourceRef resource) {
    return switch (cloud) {
      case AWS, AZURE -> new PasswordPolicy(resource, PasswordPolicy.Source.PROVIDER_DEFAULT, 8, Set.of(), 3);
      case GCP -> PasswordPolicy.notOffered(resource);
    };
  }
}
