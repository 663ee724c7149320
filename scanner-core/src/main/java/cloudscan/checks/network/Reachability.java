package cloudscan.checks.network;

import cloudscan.core.check.Facts;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.ResourceRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the internet gets through the rule sets in front of a listener (a database, a load
 * balancer) on some port: for checks outside the network domain that judge an endpoint whose own
 * access list says "anyone", while security groups or NSGs in front of it decide.
 */
public final class Reachability {

  /** What the rule sets in front of a listener let in from the internet. */
  public record Answer(Verdict verdict, String port) { }

  public enum Verdict { OPEN, CLOSED, UNKNOWN }

  private final Firewalls fw;
  private final Map<String, NetworkAttachment> byListener = new HashMap<>();

  private Reachability(Facts facts) {
    this.fw = Firewalls.of(facts);
    facts.all(NetworkAttachment.class).forEach(a -> byListener.putIfAbsent(a.resource().id(), a));
  }

  public static Reachability of(Facts facts) {
    return new Reachability(facts);
  }

  /**
   * The answer for {@code listener}, or empty when nothing says which rule sets are in front of it
   * (no attachment for it, or attachments not collected completely there): then the rule sets
   * cannot be credited with closing anything.
   */
  public Optional<Answer> fromInternet(ResourceRef listener) {
    NetworkAttachment a = byListener.get(listener.id());
    if (a == null || !fw.attachmentsKnown(listener) || a.layers().isEmpty()) {
      return Optional.empty();
    }
    boolean[] unsure = {false};
    Optional<Firewalls.Question> open = fw.openTo(a, unsure);
    if (open.isPresent()) {
      return Optional.of(new Answer(Verdict.OPEN, open.get().label()));
    }
    return Optional.of(new Answer(unsure[0] ? Verdict.UNKNOWN : Verdict.CLOSED, null));
  }

  /** The rule-set IDs in front of {@code listener}, outermost layer first (for messages). */
  public List<String> ruleSetsInFront(ResourceRef listener) {
    NetworkAttachment a = byListener.get(listener.id());
    return a == null ? List.of() : a.layers().stream().flatMap(l -> l.ruleSets().stream()).toList();
  }
}
