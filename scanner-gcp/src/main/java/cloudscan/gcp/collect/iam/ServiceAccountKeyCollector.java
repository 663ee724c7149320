package cloudscan.gcp.collect.iam;

import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.RestClient;
import com.google.iam.admin.v1.ListServiceAccountKeysResponse;
import com.google.iam.admin.v1.ListServiceAccountsResponse;
import com.google.iam.admin.v1.ServiceAccount;
import com.google.iam.admin.v1.ServiceAccountKey;
import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Service accounts of a project (IAM REST surface: the Java IAM admin client is gRPC-only) →
 * {@link Principal} (SERVICE_ACCOUNT) with their user-managed keys and the keys' age (valid
 * since); Google-managed keys rotate themselves and are not listed.
 */
public final class ServiceAccountKeyCollector implements Collector {

  private final GcpContext ctx;

  public ServiceAccountKeyCollector(GcpContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String service() {
    return "iam";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(Principal.class);
  }

  @Override
  public Scope.Level level() {
    return Scope.Level.ACCOUNT;
  }

  @Override
  public void collect(Target target, FactSink out) {
    RestClient rest = ctx.clients().rest("iam");
    String parent = "projects/" + target.account();
    for (ListServiceAccountsResponse page : GcpCall.get("iam.serviceAccounts.list",
        () -> rest.pages("/v1/" + parent + "/serviceAccounts", Map.of(), ListServiceAccountsResponse.getDefaultInstance()))) {
      for (ServiceAccount sa : page.getAccountsList()) {
        List<ServiceAccountKey> keys = GcpCall.get("iam.serviceAccountKeys.list", () -> rest.pages(
            "/v1/" + parent + "/serviceAccounts/" + sa.getEmail() + "/keys", Map.of("keyTypes", "USER_MANAGED"),
            ListServiceAccountKeysResponse.getDefaultInstance())).stream()
            .flatMap(r -> r.getKeysList().stream()).toList();
        ResourceRef ref = GcpContext.ref(target, "global", "iam.googleapis.com/ServiceAccount", sa.getName());
        out.accept(new Principal(ref, Principal.Kind.SERVICE_ACCOUNT, sa.getEmail(), Known.of(false), Known.notOffered(),
            Known.of(keys.stream().map(k -> new Principal.AccessKey(GcpContext.last(k.getName()),
                !k.getDisabled() && !sa.getDisabled(), instant(k.getValidAfterTime()), null)).toList()),
            null, null));
      }
    }
  }

  private static Instant instant(Timestamp t) {
    return t.getSeconds() == 0 && t.getNanos() == 0 ? null : Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }
}
