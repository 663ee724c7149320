package cloudscan.gcp.collect.securitycenter;

import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.GcpErrors;
import com.google.cloud.securitycenter.v2.NotificationConfig;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Security Command Center reads: the organization's tier, a service's state, notification configs. */
final class SccReads {

  static final String SUBSCRIPTION = "securitycenter.subscription.get";
  static final String SERVICE = "securitycentermanagement.securityCenterServices.get";

  private final GcpContext ctx;

  SccReads(GcpContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The tier of the organization above {@code target} (or of the organization itself). A project
   * with no ancestors recorded is read to tell one without an organization ({@link Tier#NONE})
   * from one whose parent could not be read; ancestors without their organization (a folder that
   * could not be read) leave the tier unread.
   */
  Tier tierAbove(Target target) {
    Optional<String> org = GcpContext.organizationOf(target);
    if (org.isPresent()) {
      return tier(org.get());
    }
    if (!target.parents().isEmpty()) {
      return Tier.unread("the organization above " + String.join(", ", target.parents()) + " could not be read");
    }
    try {
      String parent = GcpCall.get("resourcemanager.projects.get",
          () -> ctx.gapic().projects().getProject(GcpContext.parent(target))).getParent();
      return parent.isEmpty() ? Tier.NONE : parent.startsWith("organizations/") ? tier(parent)
          : Tier.unread("the organization above " + parent + " could not be read");
    } catch (GcpCall.GcpCallException e) {
      return Tier.unread("whether the project has an organization could not be read: " + GcpErrors.describe(e).message());
    }
  }

  /**
   * The organization's tier ({@code organizations.getSubscription}, v1beta2; no Java client
   * offers it), read once per scan; unread when it cannot be read.
   */
  Tier tier(String org) {
    return ctx.clients().shared(SUBSCRIPTION + ":" + org, () -> {
      try {
        Struct sub = GcpCall.get(SUBSCRIPTION, () -> ctx.clients().rest("securitycenter")
            .pages("/v1beta2/" + org + "/subscription", Map.of(), Struct.getDefaultInstance()).get(0));
        return Tier.of(sub.getFieldsOrDefault("tier", Value.getDefaultInstance()).getStringValue());
      } catch (GcpCall.GcpCallException e) {
        return Tier.unread(GcpErrors.describe(e).message());
      }
    });
  }

  /**
   * The service's {@code effectiveEnablementState} at {@code parent} (Security Command Center
   * Management {@code securityCenterServices.get}); unread when it cannot be read.
   */
  ServiceState state(String parent, SccService service) {
    try {
      var s = GcpCall.get(SERVICE, () -> ctx.gapic().securityCenterManagement().getSecurityCenterService(service.name(parent)));
      return ServiceState.of(service, s.getEffectiveEnablementState().name());
    } catch (GcpCall.GcpCallException e) {
      return ServiceState.unread(service, GcpErrors.describe(e).message());
    }
  }

  /** The notification configs of {@code parent}; a failed read is thrown (a gap). */
  List<NotificationConfig> notifications(String parent) {
    return GcpCall.list("securitycenter.notificationconfig.list",
        () -> ctx.gapic().securityCenter().listNotificationConfigs(parent + "/locations/global").iterateAll());
  }
}
