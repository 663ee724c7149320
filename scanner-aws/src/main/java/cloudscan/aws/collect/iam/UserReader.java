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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.User;

/** One IAM user → {@link Principal}: login profile, MFA devices, access keys with last use. */
final class UserReader {

  private static final Set<Class<? extends Fact>> KINDS = Set.of(Principal.class);

  private final IamClient iam;
  private final Target target;
  private final FactSink out;

  UserReader(IamClient iam, Target target, FactSink out) {
    this.iam = iam;
    this.target = target;
    this.out = out;
  }

  Principal principal(User u) {
    Fetched<Object> login = Reads.fetch(out, KINDS, () -> iam.getLoginProfile(r -> r.userName(u.userName())),
        "NoSuchEntity");
    Fetched<Boolean> mfa = Reads.fetch(out, KINDS,
        () -> !iam.listMFADevicesPaginator(r -> r.userName(u.userName())).mfaDevices().stream().toList().isEmpty());
    Fetched<List<AccessKey>> keys = Reads.fetch(out, KINDS, () -> keys(u));
    List<AccessKey> accessKeys = keys.ok() ? keys.value() : List.of();
    Instant lastUsed = Stream.concat(Stream.of(u.passwordLastUsed()), accessKeys.stream().map(AccessKey::lastUsed))
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    // A denied read is not "no login profile", "no MFA" or "no keys": it stays unread.
    return new Principal(AwsRefs.withId(target, target.location(), "iam", "user", u.arn()), Principal.Kind.USER,
        u.userName(), login.ok() ? Known.of(login.value() != null) : Known.unread(),
        mfa.ok() ? Known.ofNullable(mfa.value()) : Known.unread(),
        keys.ok() ? Known.of(accessKeys) : Known.unread(), null, lastUsed);
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
