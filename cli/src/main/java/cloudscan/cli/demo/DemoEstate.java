package cloudscan.cli.demo;

import cloudscan.core.Version;
import cloudscan.core.engine.FactStore;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.GapKind;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.core.snapshot.ScannedScope;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotEstate;
import cloudscan.core.snapshot.SnapshotHeader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An invented but realistic estate of a vendor holding the city's data in AWS, Azure and GCP:
 * compliant and violating resources side by side, and one collection gap, so that the demo shows
 * every requirement status. Built in code (deterministic), written out as an ordinary snapshot.
 */
public final class DemoEstate {

  public static final Instant COLLECTED = Instant.parse("2026-11-20T00:30:00Z");

  private DemoEstate() { }

  public static Snapshot snapshot() {
    DemoAws aws = new DemoAws();
    DemoAzure azure = new DemoAzure();
    DemoGcp gcp = new DemoGcp();
    FactStore store = new FactStore();
    List.of(aws, azure, gcp).forEach(d -> store.addAll(d.facts));
    List<ProviderRun> runs = List.of(
        run("aws", "arn:aws:sts::210987654321:assumed-role/CloudscanAudit/vendor-ci", List.of(
                account(Cloud.AWS, DemoAws.ACCOUNT, List.of()),
                region(Cloud.AWS, DemoAws.ACCOUNT, DemoAws.TOKYO),
                region(Cloud.AWS, DemoAws.ACCOUNT, DemoAws.OSAKA),
                region(Cloud.AWS, DemoAws.ACCOUNT, "us-east-1")),
            List.of(new SkippedLocation(DemoAws.ACCOUNT, "af-south-1", SkipCause.NOT_ENABLED, "opt-in region not enabled"),
                new SkippedLocation(DemoAws.ACCOUNT, "cn-north-1", SkipCause.OTHER_PARTITION, "other partition (aws-cn)")),
            Map.of("ec2:DescribeSecurityGroups", 3L, "s3:ListBuckets", 1L, "kms:ListKeys", 3L,
                "inspector2:ListFindings", 6L, "iam:GetAccountPasswordPolicy", 1L)),
        run("azure", "cloudscan-reader@example.onmicrosoft.com", List.of(
                organization(Cloud.AZURE, DemoAzure.TENANT),
                account(Cloud.AZURE, DemoAzure.SUBSCRIPTION, List.of(DemoAzure.TENANT))),
            List.of(), Map.of("Microsoft.Network/networkSecurityGroups:list", 1L)),
        run("gcp", "cloudscan@fujisawa-analytics-prod.iam.gserviceaccount.com", List.of(
                organization(Cloud.GCP, DemoGcp.ORGANIZATION),
                account(Cloud.GCP, DemoGcp.PROJECT, List.of(DemoGcp.ORGANIZATION)),
                region(Cloud.GCP, DemoGcp.PROJECT, DemoGcp.TOKYO)),
            List.of(), Map.of("compute.firewalls.list", 1L)));
    List<Gap> gaps = List.of(new Gap(new Scope(Cloud.AWS, DemoAws.ACCOUNT, DemoAws.OSAKA), "inspector2",
        "ListFindings", GapKind.THROTTLED, "Rate exceeded (retries exhausted after 3 attempts)",
        List.of("Vulnerability")));
    store.estate(SnapshotEstate.of(runs, gaps));
    return new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, Version.get(), COLLECTED, runs),
        store, gaps);
  }

  /** The demo's collectors looked for every kind everywhere they ran. */
  private static final List<String> ALL = FactKinds.allKeys();

  private static ScannedScope account(Cloud cloud, String account, List<String> parents) {
    return ScannedScope.of(new Scope(cloud, account, ResourceRef.GLOBAL), Scope.Level.ACCOUNT, parents, ALL);
  }

  private static ScannedScope region(Cloud cloud, String account, String region) {
    return ScannedScope.of(new Scope(cloud, account, region), Scope.Level.LOCATION, List.of(), ALL);
  }

  private static ScannedScope organization(Cloud cloud, String id) {
    return ScannedScope.of(new Scope(cloud, id, ResourceRef.GLOBAL), Scope.Level.ORGANIZATION, List.of(), ALL);
  }

  private static ProviderRun run(String provider, String identity, List<ScannedScope> scopes,
      List<SkippedLocation> skipped, Map<String, Long> calls) {
    return new ProviderRun(provider, identity, COLLECTED.minusSeconds(95), COLLECTED, scopes, skipped, calls);
  }
}
