package cloudscan.gcp.collect.logging;

import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.collect.GcpContext;
import cloudscan.gcp.collect.iam.IamPolicyCollector;
import com.google.iam.v1.AuditConfig;
import com.google.iam.v1.AuditLogConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Data Access audit logs are off by default and turned on per service in the {@code auditConfigs}
 * of IAM policies; a project's effective configuration is the union of its own and its folders'
 * and organization's. The services with DATA_READ or DATA_WRITE logs on, or empty when the
 * configuration of the project or an ancestor could not be read.
 */
final class DataAccessLogs {

  private DataAccessLogs() { }

  static Optional<List<String>> services(GcpContext ctx, Target target) {
    List<String> scopes = new ArrayList<>(List.of(GcpContext.parent(target)));
    scopes.addAll(target.parents());
    TreeSet<String> on = new TreeSet<>();
    try {
      for (String scope : scopes) {
        for (AuditConfig c : IamPolicyCollector.policy(ctx, scope).getAuditConfigsList()) {
          if (c.getAuditLogConfigsList().stream().anyMatch(DataAccessLogs::dataAccess)) {
            on.add(c.getService());
          }
        }
      }
    } catch (GcpCall.GcpCallException e) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(on));
  }

  private static boolean dataAccess(AuditLogConfig l) {
    return l.getLogType() == AuditLogConfig.LogType.DATA_READ || l.getLogType() == AuditLogConfig.LogType.DATA_WRITE;
  }
}
