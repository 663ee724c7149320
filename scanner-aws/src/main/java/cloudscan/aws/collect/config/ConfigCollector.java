package cloudscan.aws.collect.config;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SecurityService.Kind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConfigurationRecorder;
import software.amazon.awssdk.services.config.model.ConfigurationRecorderStatus;

/** AWS Config per region → {@link SecurityService} CONFIG_RECORDING (a recorder that is recording). */
public final class ConfigCollector implements Collector {

  private final AwsClients clients;

  public ConfigCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "config";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(SecurityService.class, SecurityService.Kind.CONFIG_RECORDING));
  }

  @Override
  public void collect(Target target, FactSink out) {
    ConfigClient config = clients.client(target, ConfigClient.class, ConfigClient::builder);
    var recorders = config.describeConfigurationRecorders(r -> { }).configurationRecorders();
    if (recorders.isEmpty()) {
      out.accept(new SecurityService(AwsRefs.regional(clients, target, "config", "configuration-recorder", "none"),
          Kind.CONFIG_RECORDING, Known.of(false), "no AWS Config recorder"));
      return;
    }
    Map<String, Boolean> recording = config.describeConfigurationRecorderStatus(r -> { })
        .configurationRecordersStatus().stream()
        .collect(Collectors.toMap(ConfigurationRecorderStatus::name, s -> Boolean.TRUE.equals(s.recording()),
            (a, b) -> a || b));
    for (ConfigurationRecorder rec : recorders) {
      out.accept(new SecurityService(AwsRefs.regional(clients, target, "config", "configuration-recorder", rec.name()),
          Kind.CONFIG_RECORDING, Known.of(recording.getOrDefault(rec.name(), false) && recordsAllTypes(rec)),
          scope(rec)));
    }
  }

  private static String scope(ConfigurationRecorder rec) {
    var group = rec.recordingGroup();
    if (group == null) {
      return "recorder " + rec.name();
    }
    return "recorder " + rec.name() + (Boolean.TRUE.equals(group.allSupported()) ? ", all supported types" : ", selected types")
        + (Boolean.TRUE.equals(group.includeGlobalResourceTypes()) ? " incl. global" : "");
  }

  /** A recorder limited to a few resource types does not show unintended changes (2.4). */
  static boolean recordsAllTypes(ConfigurationRecorder rec) {
    var group = rec.recordingGroup();
    if (group == null || Boolean.TRUE.equals(group.allSupported())) {
      return true; // AWS records all supported types when no group is given
    }
    String strategy = group.recordingStrategy() == null ? null : group.recordingStrategy().useOnlyAsString();
    // EXCLUSION_BY_RESOURCE_TYPES leaves the excluded types unrecorded: not "everything".
    return "ALL_SUPPORTED_RESOURCE_TYPES".equals(strategy);
  }
}
