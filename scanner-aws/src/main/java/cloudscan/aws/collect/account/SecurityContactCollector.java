package cloudscan.aws.collect.account;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Partitions;
import cloudscan.aws.collect.Reads;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.Set;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AlternateContact;
import software.amazon.awssdk.services.account.model.AlternateContactType;

/**
 * The account's security alternate contact (Account Management GetAlternateContact with
 * {@code AlternateContactType=SECURITY}, once per account, as the account itself) →
 * {@link SecurityService} (INCIDENT_NOTIFICATION): AWS writes to it about security matters of the
 * account (abuse reports, compromised credentials, security bulletins), so it is a notification
 * path next to EventBridge finding routes. {@code ResourceNotFoundException} means none is set
 * (off); a denied read is a gap, never "none". The contact's name, e-mail and phone are personal
 * data and are not kept.
 */
public final class SecurityContactCollector implements Collector {

  private final AwsClients clients;

  public SecurityContactCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "account";
  }

  @Override
  public boolean global() {
    return true;
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(SecurityService.class, SecurityService.Kind.INCIDENT_NOTIFICATION));
  }

  @Override
  public void collect(Target target, FactSink out) {
    AccountClient account = clients.client(target, AccountClient.class, AccountClient::builder);
    AlternateContact contact = Reads.orNull(() -> account.getAlternateContact(
        r -> r.alternateContactType(AlternateContactType.SECURITY)).alternateContact(), "ResourceNotFoundException");
    boolean set = contact != null && contact.emailAddress() != null && !contact.emailAddress().isBlank();
    var ref = AwsRefs.withId(target, target.location(), "account", "alternate-contact",
        Partitions.arn(clients.partition(), "account", "", target.account(), "alternate-contact/SECURITY"));
    out.accept(new SecurityService(ref, SecurityService.Kind.INCIDENT_NOTIFICATION, Known.of(set),
        set ? "security alternate contact" : "no security alternate contact"));
  }
}
