package cloudscan.aws.collect.inspector2;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.Vulnerability;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.inspector2.model.AccountState;
import software.amazon.awssdk.services.inspector2.model.BatchGetAccountStatusResponse;
import software.amazon.awssdk.services.inspector2.model.FailedAccount;
import software.amazon.awssdk.services.inspector2.model.FilterCriteria;
import software.amazon.awssdk.services.inspector2.model.State;
import software.amazon.awssdk.services.inspector2.model.StringFilter;

/**
 * Amazon Inspector → {@link SecurityService} (VULNERABILITY_SCANNING: on when EC2 or ECR scanning
 * is enabled for the scanned account in this region) and its active findings that have a fix →
 * {@link Vulnerability}. A delegated administrator sees member accounts' findings too, so the
 * listing is limited to the scanned account.
 */
public final class Inspector2Collector implements Collector {

  private final AwsClients clients;

  public Inspector2Collector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "inspector2";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(SecurityService.class, Vulnerability.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(SecurityService.class, SecurityService.Kind.VULNERABILITY_SCANNING),
        FactKinds.key(Vulnerability.class));
  }

  @Override
  public void collect(Target target, FactSink out) {
    Inspector2Client inspector = clients.client(target, Inspector2Client.class, Inspector2Client::builder);
    BatchGetAccountStatusResponse status = inspector.batchGetAccountStatus(r -> r.accountIds(target.account()));
    Optional<AccountState> state = status.accounts().stream()
        .filter(a -> target.account().equals(a.accountId())).findFirst();
    Optional<FailedAccount> failed = status.failedAccounts().stream()
        .filter(a -> target.account().equals(a.accountId())).findFirst();
    if (state.isEmpty() && failed.isPresent()) { // the call worked, the account's status did not
      out.gap(new IllegalStateException("Inspector could not report account " + target.account() + ": "
          + failed.get().errorCodeAsString() + " " + failed.get().errorMessage()), Set.of(SecurityService.class));
    } else {
      out.accept(service(clients, target, state.orElse(null)));
    }
    try {
      inspector.listFindingsPaginator(r -> r.filterCriteria(activeWithFix(target))).findings()
          .forEach(f -> out.accept(InspectorFindings.vulnerability(clients, target, f)));
    } catch (SdkException e) {
      out.gap(e, Set.of(Vulnerability.class));
    }
  }

  /** Never activated in the region (no account state) is off, not unknown. */
  private static SecurityService service(AwsClients clients, Target target, AccountState state) {
    String ec2 = state == null || state.resourceState() == null ? null : status(state.resourceState().ec2());
    String ecr = state == null || state.resourceState() == null ? null : status(state.resourceState().ecr());
    // Servers are what 3.13's patch rule is about: container-image scanning alone does not count.
    boolean enabled = "ENABLED".equals(ec2);
    String detail = "EC2 " + (ec2 == null ? "DISABLED" : ec2) + ", ECR " + (ecr == null ? "DISABLED" : ecr);
    return new SecurityService(AwsRefs.regional(clients, target, "inspector2", "account", target.account()),
        SecurityService.Kind.VULNERABILITY_SCANNING,
        Known.of(enabled), "Amazon Inspector: " + detail);
  }

  private static String status(State s) {
    return s == null ? null : s.statusAsString();
  }

  private static FilterCriteria activeWithFix(Target target) {
    return FilterCriteria.builder()
        .awsAccountId(equalTo(target.account()))
        .findingStatus(equalTo("ACTIVE"))
        .fixAvailable(equalTo("YES"), equalTo("PARTIAL"))
        .build();
  }

  private static StringFilter equalTo(String value) {
    return StringFilter.builder().comparison("EQUALS").value(value).build();
  }
}
