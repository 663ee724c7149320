package cloudscan.aws.collect.logs;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Reads;
import cloudscan.aws.collect.Reads.Fetched;
import cloudscan.aws.collect.cloudtrail.CloudTrailCollector;
import cloudscan.aws.collect.ec2.Ec2NetworkCollector;
import cloudscan.core.fact.EncryptionAtRest;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.StoreKind;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.HashSet;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;

/**
 * CloudWatch Logs groups → {@link LogStore} (retention; absent = never expire), {@link Located},
 * {@link EncryptionAtRest}. A group is marked as holding audit logs when a CloudTrail trail or a
 * VPC flow log of this region delivers into it.
 */
public final class LogsCollector implements Collector {

  private final AwsClients clients;

  public LogsCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "logs";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(LogStore.class, Located.class, EncryptionAtRest.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    CloudWatchLogsClient logs = clients.client(target, CloudWatchLogsClient.class, CloudWatchLogsClient::builder);
    Fetched<Set<String>> audited = Reads.fetch(out, Set.of(LogStore.class), () -> auditedGroups(target));
    logs.describeLogGroupsPaginator(r -> { }).logGroups().forEach(g -> {
      ResourceRef ref = AwsRefs.withId(target, target.location(), "logs", "log-group", arnOf(g));
      if (audited.ok()) {
        // CloudWatch Logs cannot make a log group immutable: a known "no".
        out.accept(new LogStore(ref, audited.value().contains(g.logGroupName()), retention(g), Known.of(false)));
      }
      out.accept(Located.regional(ref));
      out.accept(new EncryptionAtRest(ref, StoreKind.LOG_STORE, Known.of(true), g.kmsKeyId()));
    });
  }

  private static Retention retention(LogGroup g) {
    return g.retentionInDays() == null ? Retention.unlimited() : Retention.days(g.retentionInDays());
  }

  /** {@code arn:…:log-group:name:*} → {@code arn:…:log-group:name}. */
  private static String arnOf(LogGroup g) {
    if (g.logGroupArn() != null) {
      return g.logGroupArn();
    }
    String arn = g.arn();
    return arn != null && arn.endsWith(":*") ? arn.substring(0, arn.length() - 2) : arn;
  }

  /** Names of log groups CloudTrail trails or VPC flow logs deliver to, in this region. */
  private Set<String> auditedGroups(Target target) {
    Set<String> names = new HashSet<>();
    CloudTrailCollector.trails(clients, target).stream()
        .map(t -> t.cloudWatchLogsLogGroupArn())
        .filter(arn -> arn != null && arn.contains(":" + target.location() + ":"))
        .forEach(arn -> names.add(groupName(arn)));
    Ec2NetworkCollector.flowLogs(clients, target).stream()
        .filter(f -> f.logGroupName() != null)
        .forEach(f -> names.add(f.logGroupName()));
    return names;
  }

  /** {@code arn:aws:logs:region:acct:log-group:NAME:*} → {@code NAME}. */
  static String groupName(String arn) {
    int start = arn.indexOf(":log-group:") + ":log-group:".length();
    String rest = arn.substring(start);
    return rest.endsWith(":*") ? rest.substring(0, rest.length() - 2) : rest;
  }
}
