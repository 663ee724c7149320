package cloudscan.testkit;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Retention;

/**
 * Builders for audit trails and log stores. {@code trail("t-1").build()} is a healthy multi-region
 * CloudTrail trail in Tokyo (logging, management events, validation on); modifiers break one thing.
 */
public final class LoggingFacts {

  private LoggingFacts() { }

  public static TrailBuilder trail(String id) {
    return new TrailBuilder(Refs.aws("cloudtrail-trail", id));
  }

  public static TrailBuilder trail(ResourceRef ref) {
    return new TrailBuilder(ref);
  }

  /** A store that an audit trail or flow log delivers to. */
  public static LogStore auditLogStore(String id, Retention retention) {
    return new LogStore(Refs.aws("s3-bucket", id), true, retention, Known.of(false));
  }

  /** A store of application logs only. */
  public static LogStore appLogStore(String id, Retention retention) {
    return new LogStore(Refs.aws("log-group", id), false, retention, Known.of(false));
  }

  /** The store trails built here write to ({@link TrailBuilder#DESTINATION}), kept 400 days. */
  public static LogStore trailStore() {
    return auditLogStore(TrailBuilder.DESTINATION, Retention.days(400));
  }

  public static final class TrailBuilder {
    /** Where a trail writes unless told otherwise. */
    public static final String DESTINATION = "arn:aws:s3:::audit-logs";

    private ResourceRef ref;
    private boolean allLocations = true;
    private Known<Boolean> logging = Known.of(true);
    private Known<Boolean> integrityValidation = Known.of(true);
    private Known<Boolean> managementEvents = Known.of(true);
    private Known<String> destination = Known.of(DESTINATION);

    private TrailBuilder(ResourceRef ref) {
      this.ref = ref;
    }

    /** The same trail as seen from another region of its account. */
    public TrailBuilder seenFrom(String location) {
      ref = new ResourceRef(ref.cloud(), ref.account(), location, ref.type(), ref.id());
      return this;
    }

    public TrailBuilder homeRegionOnly() {
      allLocations = false;
      return this;
    }

    /** Logging on/off; {@code null} for not read. */
    public TrailBuilder logging(Boolean value) {
      logging = Known.ofNullable(value);
      return this;
    }

    public TrailBuilder notLogging() {
      return logging(Boolean.FALSE);
    }

    /** Validation on/off; {@code null} for not read. */
    public TrailBuilder validation(Boolean value) {
      integrityValidation = Known.ofNullable(value);
      return this;
    }

    /** The cloud offers no integrity validation (Azure, GCP). */
    public TrailBuilder validationNotOffered() {
      integrityValidation = Known.notOffered();
      return this;
    }

    public TrailBuilder noManagementEvents() {
      managementEvents = Known.of(false);
      return this;
    }

    public TrailBuilder managementEventsUnread() {
      managementEvents = Known.unread();
      return this;
    }

    public TrailBuilder writesTo(String storeId) {
      destination = Known.ofNullable(storeId);
      return this;
    }

    public TrailBuilder allLocations(boolean value) {
      allLocations = value;
      return this;
    }

    public TrailBuilder managementEvents(boolean value) {
      managementEvents = Known.of(value);
      return this;
    }

    public AuditTrail build() {
      return new AuditTrail(ref, allLocations, logging, integrityValidation, managementEvents, destination);
    }
  }
}
