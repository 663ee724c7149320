package cloudscan.gcp.collect.storage;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceRef;
import cloudscan.gcp.collect.GcpCall;
import com.google.cloud.Identity;
import com.google.cloud.Policy;
import com.google.cloud.storage.Acl;
import com.google.cloud.storage.BucketInfo;
import com.google.cloud.storage.Storage;
import java.util.List;
import java.util.function.Supplier;

/**
 * Whether a bucket is public: not when public access prevention is enforced on it, or it inherits
 * the setting and the project's organization policy {@code storage.publicAccessPrevention} is
 * enforced; public when its IAM
 * policy grants allUsers or allAuthenticatedUsers, or (without uniform access) its ACLs do. With
 * fine-grained access, object ACLs are not read, so a bucket nothing above makes public is
 * unknown, never private.
 */
final class BucketExposure {

  private BucketExposure() { }

  /**
   * @param orgPrevention the project's effective organization policy
   *                      {@code storage.publicAccessPrevention}, asked only for a bucket that
   *                      inherits its setting
   */
  static PublicEndpoint of(Storage storage, ResourceRef ref, BucketInfo b, Supplier<Known<Boolean>> orgPrevention) {
    BucketInfo.IamConfiguration iam = b.getIamConfiguration();
    BucketInfo.PublicAccessPrevention pap = iam == null ? null : iam.getPublicAccessPrevention();
    if (pap == BucketInfo.PublicAccessPrevention.ENFORCED) {
      return endpoint(ref, Known.of(false));
    }
    // "inherited" (or not set): the organization policy decides, where one is enforced
    Known<Boolean> inherited = pap == BucketInfo.PublicAccessPrevention.INHERITED || pap == null
        || pap == BucketInfo.PublicAccessPrevention.UNSPECIFIED || pap == BucketInfo.PublicAccessPrevention.UNKNOWN
        ? orgPrevention.get() : Known.of(false);
    if (inherited.is(true)) {
      return endpoint(ref, Known.of(false));
    }
    Policy policy = GcpCall.get("storage.buckets.getIamPolicy", () -> storage.getIamPolicy(b.getName()));
    boolean publicIam = policy.getBindings().values().stream().flatMap(java.util.Set::stream)
        .anyMatch(m -> m.getType() == Identity.Type.ALL_USERS || m.getType() == Identity.Type.ALL_AUTHENTICATED_USERS);
    if (publicIam || publicAcl(b.getAcl()) || publicAcl(b.getDefaultAcl())) {
      // public grants, unless an organization policy nobody could read prevents them
      return endpoint(ref, inherited.isUnread() ? Known.unread() : Known.of(true));
    }
    boolean uniform = iam != null && Boolean.TRUE.equals(iam.isUniformBucketLevelAccessEnabled());
    return endpoint(ref, uniform ? Known.of(false) : Known.unread());
  }

  private static boolean publicAcl(List<Acl> acls) {
    return acls != null && acls.stream().anyMatch(a -> a.getEntity() == Acl.User.ofAllUsers()
        || a.getEntity() == Acl.User.ofAllAuthenticatedUsers()
        || Acl.User.ofAllUsers().equals(a.getEntity()) || Acl.User.ofAllAuthenticatedUsers().equals(a.getEntity()));
  }

  private static PublicEndpoint endpoint(ResourceRef ref, Known<Boolean> reachable) {
    return new PublicEndpoint(ref, PublicEndpoint.Kind.OBJECT_STORAGE, reachable,
        reachable.is(true) ? PublicEndpoint.unrestricted() : reachable.isKnown() ? Known.of(List.of()) : Known.unread(),
        Known.notOffered());
  }
}
