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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.model.User;
import cloudscan.aws.collect.AwsErrors;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * IAM (global): the account password policy, the root user (from the account summary: no password
 * under centralised root access means no console access), every IAM user with console access, MFA
 * and access keys (from the credential report, else one by one, concurrently), and roles that
 * other accounts may assume.
 */
public final class IamCollector implements Collector {

  private static final Logger LOG = LoggerFactory.getLogger(IamCollector.class);

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
    List<User> all = iam.listUsersPaginator(r -> { }).users().stream().toList();
    UserReader users = new UserReader(iam, target, out, all.isEmpty() ? Optional.empty() : report(iam, target));
    clients.items().each(out, Set.of(Principal.class), all, u -> List.of(users.principal(u)));
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

  /** The credential report, or empty (users are then read one by one) when it cannot be had. */
  private static Optional<CredentialReport> report(IamClient iam, Target target) {
    try {
      CredentialReport r = CredentialReport.read(iam);
      LOG.info("account {}: IAM credential report generated at {}", target.account(), r.generated());
      return Optional.of(r);
    } catch (SdkException | IllegalArgumentException e) {
      LOG.info("account {}: no IAM credential report ({}); reading users one by one", target.account(),
          e instanceof SdkException ? AwsErrors.describe(e).message() : e.getMessage());
      return Optional.empty();
    }
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
