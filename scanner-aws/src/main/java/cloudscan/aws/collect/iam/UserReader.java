package cloudscan.aws.collect.iam;

import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Reads;
import cloudscan.aws.collect.Reads.Fetched;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Principal.AccessKey;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.User;

/**
 * One IAM user → {@link Principal}: from the credential report when it has the user (and the user
 * is older than the report), else from the user's login profile, MFA devices and access keys.
 */
final class UserReader {

  private static final Set<Class<? extends Fact>> KINDS = Set.of(Principal.class);

  private final IamClient iam;
  private final Target target;
  private final FactSink out;
  private final Optional<CredentialReport> report;

  UserReader(IamClient iam, Target target, FactSink out, Optional<CredentialReport> report) {
    this.iam = iam;
    this.target = target;
    this.out = out;
    this.report = report;
  }

  Principal principal(User u) {
    Optional<Map<String, String>> row = report
        .filter(r -> u.createDate() == null || !u.createDate().isAfter(r.generated()))
        .flatMap(r -> r.row(u.userName()));
    return row.map(r -> fromReport(u, r)).orElseGet(() -> oneByOne(u));
  }

  private Principal fromReport(User u, Map<String, String> row) {
    List<AccessKey> keys = new ArrayList<>();
    for (int n = 1; n <= 2; n++) {
      String p = "access_key_" + n + "_";
      Instant created = CredentialReport.time(row, p + "last_rotated");
      Optional<Boolean> active = CredentialReport.flag(row, p + "active");
      if (created != null || active.orElse(false)) {
        keys.add(new AccessKey(u.userName() + "/access_key_" + n, active.orElse(false), created,
            CredentialReport.time(row, p + "last_used_date")));
      }
    }
    return principal(u, CredentialReport.flag(row, "password_enabled").map(Known::of).orElse(Known.unread()),
        CredentialReport.flag(row, "mfa_active").map(Known::of).orElse(Known.unread()), Known.of(keys),
        CredentialReport.time(row, "password_last_used"));
  }

  private Principal oneByOne(User u) {
    Fetched<Object> login = Reads.fetch(out, KINDS, () -> iam.getLoginProfile(r -> r.userName(u.userName())),
        "NoSuchEntity");
    Fetched<Boolean> mfa = Reads.fetch(out, KINDS,
        () -> !iam.listMFADevicesPaginator(r -> r.userName(u.userName())).mfaDevices().stream().toList().isEmpty());
    Fetched<List<AccessKey>> keys = Reads.fetch(out, KINDS, () -> keys(u));
    // A denied read is not "no login profile", "no MFA" or "no keys": it stays unread.
    return principal(u, login.ok() ? Known.of(login.value() != null) : Known.unread(),
        mfa.ok() ? Known.ofNullable(mfa.value()) : Known.unread(),
        keys.ok() ? Known.of(keys.value()) : Known.unread(), u.passwordLastUsed());
  }

  private Principal principal(User u, Known<Boolean> console, Known<Boolean> mfa, Known<List<AccessKey>> keys,
      Instant passwordLastUsed) {
    Instant lastUsed = Stream.concat(Stream.of(passwordLastUsed),
            keys.orElse(List.of()).stream().map(AccessKey::lastUsed))
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    return new Principal(AwsRefs.withId(target, target.location(), "iam", "user", u.arn()), Principal.Kind.USER,
        u.userName(), console, mfa, keys, null, lastUsed);
  }

  private List<AccessKey> keys(User u) {
    return iam.listAccessKeysPaginator(r -> r.userName(u.userName())).accessKeyMetadata().stream()
        .map(this::key).toList();
  }

  private AccessKey key(AccessKeyMetadata k) {
    var used = iam.getAccessKeyLastUsed(r -> r.accessKeyId(k.accessKeyId())).accessKeyLastUsed();
    return new AccessKey(k.accessKeyId(), "Active".equals(k.statusAsString()), k.createDate(),
        used == null ? null : used.lastUsedDate());
  }
}
