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

/**
 * Whether a bucket is public: not when public access prevention is enforced; public when its IAM
 * policy grants allUsers or allAuthenticatedUsers, or (without uniform access) its ACLs do. With
 * fine-grained access, object ACLs are not read, so a bucket nothing above makes public is
 * unknown, never private.
 */
final class BucketExposure {

  private BucketExposure() { }

  static PublicEndpoint of(Storage storage, ResourceRef ref, BucketInfo b) {
    BucketInfo.IamConfiguration iam = b.getIamConfiguration();
    if (iam != null && iam.getPublicAccessPrevention() == BucketInfo.PublicAccessPrevention.ENFORCED) {
      return endpoint(ref, Known.of(false));
    }
    Policy policy = GcpCall.get("storage.buckets.getIamPolicy", () -> storage.getIamPolicy(b.getName()));
    boolean publicIam = policy.getBindings().values().stream().flatMap(java.util.Set::stream)
        .anyMatch(m -> m.getType() == Identity.Type.ALL_USERS || m.getType() == Identity.Type.ALL_AUTHENTICATED_USERS);
    if (publicIam || publicAcl(b.getAcl()) || publicAcl(b.getDefaultAcl())) {
      return endpoint(ref, Known.of(true));
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
