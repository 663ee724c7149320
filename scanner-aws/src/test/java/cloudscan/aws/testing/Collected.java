package cloudscan.aws.testing;

import cloudscan.testkit.RecordingSink;

/** What a collector emitted in a test; {@code one(kind, part)} finds the fact whose resource ID contains the part. */
public final class Collected extends RecordingSink { }
