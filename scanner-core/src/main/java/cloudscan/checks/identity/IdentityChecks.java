package cloudscan.checks.identity;

import cloudscan.core.check.Check;
import java.util.List;

/** The identity domain's checks, listed explicitly (no classpath scanning). */
public final class IdentityChecks {

  private IdentityChecks() { }

  public static List<Check> all() {
    return List.of(
        new PasswordPolicyWeak(),
        new RootMfaOff(),
        new RootAccessKeys(),
        new ConsoleUserWithoutMfa(),
        new AccessKeyOld(),
        new ExternalPrincipal(),
        new OutsideMembersNotBlocked(),
        new KeyCreationNotBlocked());
  }
}
