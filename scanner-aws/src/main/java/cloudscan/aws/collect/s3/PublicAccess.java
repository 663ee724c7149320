package cloudscan.aws.collect.s3;

import cloudscan.aws.collect.PolicyDocuments;
import cloudscan.aws.collect.Reads;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PublicEndpoint;
import cloudscan.core.fact.ResourceRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Whether anyone on the internet can read a bucket: its ACL and policy against Block Public Access
 * (bucket and account). The policy is judged by AWS's own evaluation (GetBucketPolicyStatus); where
 * that gives no answer (an emulator's empty status) the policy is parsed conservatively
 * ({@link PolicyDocuments#anonymousAccess}). When the account's Block Public Access both ignores
 * public ACLs and restricts public policies, no bucket can be public and nothing per bucket is read.
 */
final class PublicAccess {

  private static final Set<String> PUBLIC_GROUPS = Set.of("http://acs.amazonaws.com/groups/global/AllUsers",
      "http://acs.amazonaws.com/groups/global/AuthenticatedUsers");

  private PublicAccess() { }

  static PublicEndpoint of(S3Client s3, ResourceRef ref, String bucket, AccessBlock account, String policy) {
    AccessBlock effective = account.blocksEverything() ? account
        : AccessBlock.of(Reads.orNull(() -> s3.getPublicAccessBlock(r -> r.bucket(bucket))
            .publicAccessBlockConfiguration(), "NoSuchPublicAccessBlockConfiguration")).or(account);
    if (effective.blocksEverything()) {
      return endpoint(ref, false, Known.of(List.of()));
    }
    Optional<List<String>> anonymous = effective.restrictPublicBuckets() || policy == null ? Optional.empty()
        : policyGrant(s3, bucket, policy);
    boolean aclPublic = !effective.ignorePublicAcls() && s3.getBucketAcl(r -> r.bucket(bucket)).grants().stream()
        .map(g -> g.grantee() == null ? null : g.grantee().uri())
        .anyMatch(uri -> uri != null && PUBLIC_GROUPS.contains(uri));
    boolean reachable = anonymous.isPresent() || aclPublic;
    // Public through an ACL, or a policy without IP conditions: anyone. Else the policy's IP ranges.
    Known<List<Peer>> sources = !reachable ? Known.of(List.of())
        : aclPublic || anonymous.get().isEmpty() ? PublicEndpoint.unrestricted()
        : Known.of(anonymous.get().stream().map(Peer::cidr).toList());
    return endpoint(ref, reachable, sources);
  }

  /** AWS's verdict on the policy when it gives one, else the conservative parse. */
  private static Optional<List<String>> policyGrant(S3Client s3, String bucket, String policy) {
    var status = Reads.orNull(() -> s3.getBucketPolicyStatus(r -> r.bucket(bucket)).policyStatus(),
        "NoSuchBucketPolicy");
    Boolean isPublic = status == null ? null : status.isPublic();
    if (isPublic == null) {
      return PolicyDocuments.anonymousAccess(policy);
    }
    return isPublic ? Optional.of(List.of()) : Optional.empty();
  }

  private static PublicEndpoint endpoint(ResourceRef ref, boolean reachable, Known<List<Peer>> sources) {
    return new PublicEndpoint(ref, PublicEndpoint.Kind.OBJECT_STORAGE, Known.of(reachable), sources,
        Known.notOffered());
  }
}
