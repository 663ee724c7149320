package cloudscan.testkit;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.Vulnerability;
import cloudscan.core.fact.Vulnerability.Level;
import java.time.Duration;
import java.time.Instant;

/** Vulnerability findings on server {@code i-1} in Tokyo, aged relative to {@link CheckTester#NOW}. */
public final class PatchingFacts {

  private PatchingFacts() { }

  /** A finding whose fix was released {@code age} before the test clock. */
  public static Vulnerability fixedSince(String findingId, Duration age) {
    return finding("i-1", findingId, CheckTester.NOW.minus(age));
  }

  public static Vulnerability noFix(String findingId) {
    return finding("i-1", findingId, null);
  }

  public static Vulnerability finding(String instanceId, String findingId, Instant fixAvailableSince) {
    return new Vulnerability(Refs.aws("ec2-instance", instanceId), findingId, "openssl: " + findingId,
        Level.HIGH, fixAvailableSince == null ? Known.notOffered() : Known.of(fixAvailableSince),
        CheckTester.NOW.minus(Duration.ofDays(60)));
  }
}
