package cloudscan.aws.collect.s3;

import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;

/** S3 Block Public Access flags; the effective setting of a bucket is bucket OR account. */
record AccessBlock(boolean ignorePublicAcls, boolean restrictPublicBuckets) {

  static final AccessBlock NONE = new AccessBlock(false, false);

  static AccessBlock of(PublicAccessBlockConfiguration c) {
    return c == null ? NONE : new AccessBlock(Boolean.TRUE.equals(c.ignorePublicAcls()),
        Boolean.TRUE.equals(c.restrictPublicBuckets()));
  }

  static AccessBlock of(software.amazon.awssdk.services.s3control.model.PublicAccessBlockConfiguration c) {
    return c == null ? NONE : new AccessBlock(Boolean.TRUE.equals(c.ignorePublicAcls()),
        Boolean.TRUE.equals(c.restrictPublicBuckets()));
  }

  /** Public ACLs ignored and public policies restricted: nothing in the bucket is public. */
  boolean blocksEverything() {
    return ignorePublicAcls && restrictPublicBuckets;
  }

  AccessBlock or(AccessBlock other) {
    return new AccessBlock(ignorePublicAcls || other.ignorePublicAcls,
        restrictPublicBuckets || other.restrictPublicBuckets);
  }
}
