package cloudscan.aws.collect.iam;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.PolicyDocuments;
import cloudscan.aws.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.PasswordPolicy.CharClass;
import cloudscan.core.fact.PasswordPolicyDefaults;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * IAM (global): the account password policy, the root user (from the account summary), every IAM
 * user with console access, MFA and access keys, and roles that other accounts may assume.
 */
public final class IamCollector implements Collector {

  private final AwsClients clients;

  public IamCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "iam";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(PasswordPolicy.class, Principal.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    IamClient iam = clients.client(target, IamClient.class, IamClient::builder);
    Reads.step(out, Set.of(PasswordPolicy.class), () -> List.of(passwordPolicy(iam, target)));
    Reads.step(out, Set.of(Principal.class), () -> List.of(root(iam, target)));
    UserReader users = new UserReader(iam, target, out);
    iam.listUsersPaginator(r -> { }).users().forEach(u -> out.accept(users.principal(u)));
    iam.listRolesPaginator(r -> { }).roles().forEach(role -> {
      Set<String> external = externalAccounts(role, target.account());
      if (!external.isEmpty()) {
        ResourceRef ref = AwsRefs.withId(target, target.location(), "iam", "role", role.arn());
        // A role has no password, MFA device or access keys of its own.
        out.accept(new Principal(ref, Principal.Kind.ROLE, role.roleName(), Known.of(false), Known.notOffered(),
            Known.notOffered(), String.join(",", external), null));
      }
    });
  }

  private PasswordPolicy passwordPolicy(IamClient iam, Target target) {
    ResourceRef ref = AwsRefs.withId(target, target.location(), "iam", "password-policy",
        "arn:" + clients.partition() + ":iam::" + target.account() + ":account-password-policy");
    var p = Reads.orNull(() -> iam.getAccountPasswordPolicy().passwordPolicy(), "NoSuchEntity");
    if (p == null) {
      return PasswordPolicyDefaults.of(Cloud.AWS, ref); // none set: AWS's documented default applies
    }
    Set<CharClass> required = EnumSet.noneOf(CharClass.class);
    if (Boolean.TRUE.equals(p.requireUppercaseCharacters())) {
      required.add(CharClass.UPPER);
    }
    if (Boolean.TRUE.equals(p.requireLowercaseCharacters())) {
      required.add(CharClass.LOWER);
    }
    if (Boolean.TRUE.equals(p.requireNumbers())) {
      required.add(CharClass.DIGITS);
    }
    if (Boolean.TRUE.equals(p.requireSymbols())) {
      required.add(CharClass.SYMBOLS);
    }
    // MinimumPasswordLength is always returned; the API default when set without one is 6.
    return new PasswordPolicy(ref, PasswordPolicy.Source.CUSTOM,
        p.minimumPasswordLength() == null ? 6 : p.minimumPasswordLength(), required, 0);
  }

  /**
   * The root user as the account summary describes it: password present (absent under
   * centralised root access), MFA on, access keys present. A key the answer lacks is not read.
   */
  private Principal root(IamClient iam, Target target) {
    Map<String, Integer> summary = iam.getAccountSummary().summaryMapAsStrings();
    ResourceRef ref = AwsRefs.withId(target, target.location(), "iam", "root",
        "arn:" + clients.partition() + ":iam::" + target.account() + ":root");
    Known<List<Principal.AccessKey>> keys = flag(summary, "AccountAccessKeysPresent")
        .map(present -> present ? List.of(new Principal.AccessKey("root-access-key", true, null, null)) : List.of());
    return new Principal(ref, Principal.Kind.ROOT, "root", flag(summary, "AccountPasswordPresent"),
        flag(summary, "AccountMFAEnabled"), keys, null, null);
  }

  private static Known<Boolean> flag(Map<String, Integer> summary, String key) {
    return Known.ofNullable(summary.get(key)).map(v -> v > 0);
  }

  /** Accounts other than {@code self} (or {@code *}) the role's trust policy lets assume it. */
  private static Set<String> externalAccounts(Role role, String self) {
    Set<String> out = new TreeSet<>(PolicyDocuments.allowedAccounts(role.assumeRolePolicyDocument()));
    out.remove(self);
    return out;
  }
}
