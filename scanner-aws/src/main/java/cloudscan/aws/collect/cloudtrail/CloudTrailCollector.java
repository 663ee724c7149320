package cloudscan.aws.collect.cloudtrail;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Partitions;
import cloudscan.aws.collect.Reads;
import cloudscan.aws.collect.Reads.Fetched;
import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * CloudTrail trails → {@link AuditTrail} (multi-region, logging, integrity validation, management
 * events, S3 destination) and {@link EncryptionAtRest} of the delivered logs. A multi-region trail
 * is listed in every region; it is emitted once, from its home region.
 */
public final class CloudTrailCollector implements Collector {

  private final AwsClients clients;

  public CloudTrailCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "cloudtrail";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(AuditTrail.class, EncryptionAtRest.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    trails(clients, target).stream()
        .filter(t -> reportedHere(target, t))
        .forEach(t -> emit(target, t, out));
  }

  /**
   * A trail is reported once per account: by its home region, or, when the home region is not
   * scanned (a trail homed in us-east-1 seen while scanning only the Japanese regions), by the
   * first scanned region that sees it. Its status is always read from the home region.
   */
  private boolean reportedHere(Target target, Trail t) {
    String home = t.homeRegion() == null ? target.location() : t.homeRegion();
    if (home.equals(target.location())) {
      return true;
    }
    if (clients.scans(target.account(), home)) {
      return false;
    }
    Target account = new Target(new Scope(Cloud.AWS, target.account(), ResourceRef.GLOBAL));
    return target.location().equals(clients.shared(account, "cloudtrail:report:" + t.trailARN(),
        target::location));
  }

  private void emit(Target target, Trail t, FactSink out) {
    String home = t.homeRegion() == null ? target.location() : t.homeRegion();
    CloudTrailClient ct = clients.client(target.account(), Region.of(home), CloudTrailClient.class,
        CloudTrailClient::builder);
    ResourceRef ref = AwsRefs.withId(target, target.location(), "cloudtrail", "trail", t.trailARN());
    Fetched<Boolean> logging = Reads.fetch(out, Set.of(AuditTrail.class),
        () -> ct.getTrailStatus(r -> r.name(t.trailARN())).isLogging());
    Fetched<GetEventSelectorsResponse> selectors = Reads.fetch(out, Set.of(AuditTrail.class),
        () -> ct.getEventSelectors(r -> r.trailName(t.trailARN())));
    String bucket = t.s3BucketName() == null ? null
        : "arn:" + Partitions.ofRegion(target.location()) + ":s3:::" + t.s3BucketName();
    out.accept(new AuditTrail(ref, Boolean.TRUE.equals(t.isMultiRegionTrail()),
        logging.ok() ? Known.ofNullable(logging.value()) : Known.unread(),
        Known.ofNullable(t.logFileValidationEnabled()),
        selectors.ok() ? Known.of(recordsManagementEvents(selectors.value())) : Known.unread(),
        Known.ofNullable(bucket)));
    out.accept(new EncryptionAtRest(ref, StoreKind.LOG_STORE, Known.of(true), t.kmsKeyId()));
  }

  /** Basic selectors with management events, or advanced selectors on eventCategory Management. */
  static boolean recordsManagementEvents(GetEventSelectorsResponse r) {
    boolean basic = r.eventSelectors().stream().anyMatch(s -> !Boolean.FALSE.equals(s.includeManagementEvents())
        && !"ReadOnly".equals(s.readWriteTypeAsString()));
    boolean advanced = r.advancedEventSelectors().stream().anyMatch(s -> s.fieldSelectors().stream()
        .anyMatch(f -> "eventCategory".equals(f.field()) && f.equalsValue().contains("Management"))
        && s.fieldSelectors().stream().noneMatch(f -> "readOnly".equals(f.field()) && f.equalsValue().contains("true")));
    return basic || advanced;
  }

  /** Every trail visible in the target's region (shadow trails included), read once per region. */
  public static List<Trail> trails(AwsClients clients, Target target) {
    return clients.shared(target, "cloudtrail:DescribeTrails", () -> clients
        .client(target, CloudTrailClient.class, CloudTrailClient::builder)
        .describeTrails(r -> r.includeShadowTrails(true)).trailList());
  }
}
