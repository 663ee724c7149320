package cloudscan.testkit;

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
    return new LogStore(Refs.aws("s3-bucket", id), true, retention, false);
  }

  /** A store of application logs only. */
  public static LogStore appLogStore(String id, Retention retention) {
    return new LogStore(Refs.aws("log-group", id), false, retention, false);
  }

  public static final class TrailBuilder {
    private ResourceRef ref;
    private boolean allLocations = true;
    private Boolean logging = Boolean.TRUE;
    private Boolean integrityValidation = Boolean.TRUE;
    private boolean managementEvents = true;

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

    public TrailBuilder logging(Boolean value) {
      logging = value;
      return this;
    }

    public TrailBuilder notLogging() {
      return logging(Boolean.FALSE);
    }

    public TrailBuilder validation(Boolean value) {
      integrityValidation = value;
      return this;
    }

    public TrailBuilder noManagementEvents() {
      managementEvents = false;
      return this;
    }

    public TrailBuilder allLocations(boolean value) {
      allLocations = value;
      return this;
    }

    public TrailBuilder managementEvents(boolean value) {
      managementEvents = value;
      return this;
    }

    public AuditTrail build() {
      return new AuditTrail(ref, allLocations, logging, integrityValidation, managementEvents,
          "arn:aws:s3:::audit-logs");
    }
  }
}
