package cloudscan.aws.collect.events;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Rule;
import software.amazon.awssdk.services.eventbridge.model.Target;

/**
 * Amazon EventBridge → {@link SecurityService} (INCIDENT_NOTIFICATION): an enabled rule on the
 * region's default event bus whose event pattern takes GuardDuty or Security Hub findings (source
 * {@code aws.guardduty} / {@code aws.securityhub}) and sends them to at least one target (an SNS
 * topic, a chat or ticketing integration). One fact per such rule; a region without any emits
 * nothing, which the check reads as "looked for, none found". A rule whose targets cannot be read
 * is recorded with its state unread, never as routing.
 */
public final class FindingRoutesCollector implements Collector {

  /** Event sources whose events are security findings. */
  static final Set<String> FINDING_SOURCES = Set.of("aws.guardduty", "aws.securityhub");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AwsClients clients;

  public FindingRoutesCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "events";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(SecurityService.class);
  }

  @Override
  public Set<String> looksFor() {
    return Set.of(FactKinds.key(SecurityService.class, SecurityService.Kind.INCIDENT_NOTIFICATION));
  }

  @Override
  public void collect(cloudscan.core.provider.Target target, FactSink out) {
    EventBridgeClient events = clients.client(target, EventBridgeClient.class, EventBridgeClient::builder);
    List<Rule> rules = rules(events).stream()
        .filter(r -> r.stateAsString() != null && r.stateAsString().startsWith("ENABLED"))
        .filter(r -> takesFindings(r.eventPattern()))
        .toList();
    for (Rule rule : rules) {
      var ref = AwsRefs.withId(target, target.location(), "events", "rule", rule.arn());
      try {
        List<Target> targets = targets(events, rule.name());
        String to = targets.stream().map(Target::arn).collect(Collectors.joining(", "));
        out.accept(new SecurityService(ref, SecurityService.Kind.INCIDENT_NOTIFICATION, Known.of(!targets.isEmpty()),
            "EventBridge rule " + rule.name() + (targets.isEmpty() ? " (no target)" : " → " + to)));
      } catch (SdkException e) {
        out.gap(e, Set.of(SecurityService.class));
        out.accept(new SecurityService(ref, SecurityService.Kind.INCIDENT_NOTIFICATION, Known.unread(),
            "EventBridge rule " + rule.name() + " (targets could not be read)"));
      }
    }
  }

  /** Every rule on the default bus (EventBridge pages with NextToken but has no SDK paginator). */
  private static List<Rule> rules(EventBridgeClient events) {
    List<Rule> out = new java.util.ArrayList<>();
    String token = null;
    do {
      String page = token;
      var answer = events.listRules(r -> r.eventBusName("default").nextToken(page));
      out.addAll(answer.rules());
      token = answer.nextToken();
    } while (token != null && !token.isEmpty());
    return out;
  }

  private static List<Target> targets(EventBridgeClient events, String rule) {
    List<Target> out = new java.util.ArrayList<>();
    String token = null;
    do {
      String page = token;
      var answer = events.listTargetsByRule(r -> r.rule(rule).eventBusName("default").nextToken(page));
      out.addAll(answer.targets());
      token = answer.nextToken();
    } while (token != null && !token.isEmpty());
    return out;
  }

  /**
   * True if the pattern's {@code source} names a finding source, or, without a source, its
   * {@code detail-type} names a finding event ("GuardDuty Finding", "Security Hub Findings - …").
   */
  static boolean takesFindings(String eventPattern) {
    if (eventPattern == null || eventPattern.isBlank()) {
      return false;
    }
    try {
      JsonNode pattern = JSON.readTree(eventPattern);
      if (pattern.has("source")) {
        return values(pattern.path("source")).stream().anyMatch(FINDING_SOURCES::contains);
      }
      return values(pattern.path("detail-type")).stream()
          .anyMatch(t -> t.equals("GuardDuty Finding") || t.startsWith("Security Hub Findings"));
    } catch (IOException e) {
      return false; // a pattern that is not JSON matches no finding
    }
  }

  /** A pattern field's plain string values (a string or a list; content filters are skipped). */
  private static List<String> values(JsonNode field) {
    if (field.isTextual()) {
      return List.of(field.asText());
    }
    List<String> out = new java.util.ArrayList<>();
    field.forEach(v -> {
      if (v.isTextual()) {
        out.add(v.asText());
      }
    });
    return out;
  }
}
