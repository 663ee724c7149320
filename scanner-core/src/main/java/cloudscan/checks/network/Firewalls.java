package cloudscan.checks.network;

import cloudscan.core.check.Estate;
import cloudscan.core.check.Facts;
import cloudscan.core.fact.AddressList;
import cloudscan.core.fact.AddressSet;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peers;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule sets judged as a whole, the way the cloud evaluates them, and exposure judged where
 * something listens. Not a check: the network checks ask it questions.
 *
 * <p><b>One rule set, one port.</b> The inbound rules that match the protocol and port are taken
 * in the cloud's order: by priority (NACL rule number, NSG priority, GCP priority; a DENY wins a
 * tie); the first rule that matches an address decides it. Rule sets without priorities (security
 * groups) only allow, so their rules add up. Sources are merged before the question "is this the
 * internet?" is asked, so four /2 rules together are 0.0.0.0/0.
 *
 * <p><b>Exposure.</b> Where the snapshot says which rule sets each listener (network interface,
 * load balancer, database) sits behind ({@link NetworkAttachment}), a rule set answers for what
 * actually gets through to its listeners: per listener, the addresses every layer lets in (within
 * one layer the rule sets add up), and of those the ones this rule set allows. A rule set that
 * protects nothing is not judged for exposure (net.unused-rule-set-open warns about it). Where
 * attachments were not collected, or their collection has a gap, each rule set is judged alone.
 */
final class Firewalls {

  /** TCP or UDP traffic to one port. */
  record Question(Protocol protocol, int port) {
    String label() {
      return protocol.name().toLowerCase(java.util.Locale.ROOT) + "/" + port;
    }
  }

  /** What gets in for one question, which rules let it in, and whether anything was unresolvable. */
  record Exposure(AddressSet addresses, Set<String> rules, boolean unknownAllow, boolean unknownDeny) {

    static final Exposure NONE = new Exposure(new AddressSet(), Set.of(), false, false);

    /** Open to the internet, as far as cloudscan can tell. */
    boolean open() {
      return addresses.isInternet() && !unknownDeny;
    }

    /** Cannot tell: an unresolvable allow might complete the internet, or a deny might close it. */
    boolean unknown() {
      return addresses.isInternet() ? unknownDeny : unknownAllow;
    }
  }

  /** How a rule set is judged. */
  enum Mode { ALONE, LISTENERS, UNATTACHED }

  private static final Comparator<NetworkRule> ORDER = Comparator
      .comparing((NetworkRule r) -> r.priority() == null ? Integer.MAX_VALUE : r.priority())
      .thenComparing(r -> r.action() == RuleAction.DENY ? 0 : 1);

  private final Map<ResourceRef, List<NetworkRule>> inbound = new LinkedHashMap<>();
  private final Map<String, ResourceRef> byId = new HashMap<>();
  private final Map<String, List<NetworkAttachment>> listeners = new HashMap<>();
  private final Map<String, AddressList> lists = new HashMap<>();
  private final Map<String, Exposure> cache = new HashMap<>();
  private final Estate estate;

  private Firewalls(Estate estate) {
    this.estate = estate;
  }

  static Firewalls of(Facts facts) {
    Firewalls f = new Firewalls(facts.estate());
    for (NetworkRule r : facts.all(NetworkRule.class)) {
      List<NetworkRule> rules = f.inbound.computeIfAbsent(r.target(), t -> new ArrayList<>());
      if (r.inbound()) {
        rules.add(r);
      }
      f.byId.putIfAbsent(r.target().id(), r.target());
    }
    f.inbound.values().forEach(l -> l.sort(ORDER));
    for (NetworkAttachment a : facts.all(NetworkAttachment.class)) {
      a.layers().forEach(l -> l.ruleSets().forEach(id -> f.listeners.computeIfAbsent(id, k -> new ArrayList<>()).add(a)));
    }
    facts.all(AddressList.class).forEach(l -> f.lists.putIfAbsent(l.resource().id(), l));
    return f;
  }

  /** Rule sets with at least one inbound rule, in collection order. */
  List<ResourceRef> ruleSets() {
    return inbound.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }

  Mode mode(ResourceRef rs) {
    if (!estate.complete(rs.scope(), NetworkAttachment.class)) {
      return Mode.ALONE;
    }
    return listeners.containsKey(rs.id()) ? Mode.LISTENERS : Mode.UNATTACHED;
  }

  /** The listeners behind {@code rs}. */
  List<NetworkAttachment> listenersOf(ResourceRef rs) {
    return listeners.getOrDefault(rs.id(), List.of());
  }

  /**
   * The exposure {@code rs} answers for: through its listeners when attachments are known, else
   * the rule set alone (also for an unattached one, which only the hygiene check asks about).
   */
  Exposure exposure(ResourceRef rs, Question q) {
    if (mode(rs) != Mode.LISTENERS) {
      return alone(rs, q);
    }
    // Per listener: a listener is exposed when what reaches it through every layer is the internet,
    // and each rule set that lets part of it in answers for it (two /2 groups on one interface are
    // half the internet to it). Addresses reaching different listeners are never added up (a
    // quarter of the internet to each of four VMs is not the internet to any of them). The rule set
    // answers for its worst listener.
    Exposure worst = null;
    for (NetworkAttachment l : listenersOf(rs)) {
      Exposure mine = evaluate(rs, q, l.members());
      Exposure reaching = reaching(l, q);
      boolean contributes = !reaching.addresses().intersect(mine.addresses()).isEmpty();
      Exposure e = new Exposure(contributes ? reaching.addresses() : new AddressSet(),
          contributes ? mine.rules() : Set.of(),
          mine.unknownAllow() || reaching.unknownAllow(), mine.unknownDeny() || reaching.unknownDeny());
      if (worst == null || worse(e, worst)) {
        worst = e;
      }
    }
    return worst == null ? Exposure.NONE : worst;
  }

  /**
   * A rule set alone: the worst over the members its rules select (GCP target tags), including a
   * member no selective rule applies to. A member carrying several tags gets the rules of each;
   * where only such a combination would be open, whether any member carries it is unknown (the
   * members were not collected), so the exposure is marked as unresolved rather than closed.
   */
  Exposure alone(ResourceRef rs, Question q) {
    Set<String> profiles = new LinkedHashSet<>();
    profiles.add("");
    inbound.getOrDefault(rs, List.of()).forEach(r -> profiles.addAll(r.appliesTo()));
    Exposure worst = null;
    for (String p : profiles) {
      Exposure e = evaluate(rs, q, p.isEmpty() ? List.of() : List.of(p));
      if (worst == null || worse(e, worst)) {
        worst = e;
      }
    }
    if (profiles.size() > 2 && !worst.open()) {
      Exposure all = evaluate(rs, q, List.copyOf(profiles));
      if (all.open()) {
        Set<String> rules = new TreeSet<>(worst.rules());
        rules.addAll(all.rules());
        return new Exposure(worst.addresses(), rules, true, worst.unknownDeny());
      }
    }
    return worst;
  }

  private static boolean worse(Exposure a, Exposure b) {
    if (a.open() != b.open()) {
      return a.open();
    }
    if (a.unknown() != b.unknown()) {
      return a.unknown();
    }
    int v4 = a.addresses().publicSizeV4().compareTo(b.addresses().publicSizeV4());
    return v4 != 0 ? v4 > 0 : a.addresses().publicSizeV6().compareTo(b.addresses().publicSizeV6()) > 0;
  }

  /** The first TCP or UDP question on which the internet reaches listener {@code l}, else whether any answer was unsure. */
  Optional<Question> openTo(NetworkAttachment l, boolean[] unsure) {
    for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
      for (Question q : segments(l, p)) {
        Exposure e = reaching(l, q);
        if (e.open()) {
          return Optional.of(q);
        }
        unsure[0] |= e.unknown();
      }
    }
    return Optional.empty();
  }

  /** Whether attachments were collected completely where {@code listener} is. */
  boolean attachmentsKnown(ResourceRef listener) {
    return estate.complete(listener.scope(), NetworkAttachment.class);
  }

  /** What reaches listener {@code l}: the intersection over its layers of the union within each. */
  private Exposure reaching(NetworkAttachment l, Question q) {
    AddressSet result = null;
    boolean unknownAllow = false;
    boolean unknownDeny = false;
    for (NetworkAttachment.Layer layer : l.layers()) {
      AddressSet union = new AddressSet();
      for (String id : layer.ruleSets()) {
        ResourceRef rs = byId.get(id);
        if (rs == null) {
          unknownAllow = true; // a rule set we never saw: assume it may allow anything
          union.add(cloudscan.core.fact.Cidr.ANY);
          continue;
        }
        Exposure e = evaluate(rs, q, l.members());
        union.addAll(e.addresses());
        unknownAllow |= e.unknownAllow();
        unknownDeny |= e.unknownDeny();
      }
      result = result == null ? union : result.intersect(union);
    }
    return new Exposure(result == null ? new AddressSet() : result, Set.of(), unknownAllow, unknownDeny);
  }

  /** One rule set, one question, one member profile: the cloud's own evaluation order. */
  private Exposure evaluate(ResourceRef rs, Question q, List<String> members) {
    String key = rs.id() + "|" + q + "|" + members;
    Exposure cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    AddressSet allowed = new AddressSet();
    AddressSet decided = new AddressSet();
    Set<String> rules = new TreeSet<>();
    boolean unknownAllow = false;
    boolean unknownDeny = false;
    for (NetworkRule r : inbound.getOrDefault(rs, List.of())) {
      if (decided.isEverything()) {
        break; // an earlier rule decided every address: later rules never match
      }
      if (!r.matches(q.protocol(), q.port()) || !appliesTo(r, members)) {
        continue;
      }
      Peers.Resolved peers = Peers.resolve(rs.cloud(), r.sources(), lists::get);
      AddressSet fresh = peers.addresses().copy().removeAll(decided);
      if (r.action() == RuleAction.ALLOW) {
        if (!fresh.isEmpty()) {
          allowed.addAll(fresh);
          rules.add(r.ruleId());
        }
        unknownAllow |= !peers.certain();
      } else {
        unknownDeny |= !peers.certain();
      }
      if (r.priority() != null) {
        decided.addAll(peers.addresses());
      }
    }
    Exposure e = new Exposure(allowed, Set.copyOf(rules), unknownAllow, unknownDeny);
    cache.put(key, e);
    return e;
  }

  private static boolean appliesTo(NetworkRule r, List<String> members) {
    return r.appliesTo().isEmpty() || r.appliesTo().stream().anyMatch(members::contains);
  }

  /**
   * One question per stretch of ports within which every rule of {@code rs} (and of the rule sets
   * beside it in front of its listeners) treats all ports alike: enough to ask "are all ports
   * open?" exactly.
   */
  List<Question> segments(ResourceRef rs, Protocol p) {
    List<ResourceRef> involved = new ArrayList<>(List.of(rs));
    if (mode(rs) == Mode.LISTENERS) {
      listenersOf(rs).forEach(l -> involved.addAll(ruleSetsOf(l)));
    }
    return segments(involved, p);
  }

  private List<Question> segments(NetworkAttachment l, Protocol p) {
    return segments(ruleSetsOf(l), p);
  }

  private List<ResourceRef> ruleSetsOf(NetworkAttachment l) {
    List<ResourceRef> out = new ArrayList<>();
    l.layers().forEach(layer -> layer.ruleSets().forEach(id -> {
      ResourceRef other = byId.get(id);
      if (other != null) {
        out.add(other);
      }
    }));
    return out;
  }

  private List<Question> segments(List<ResourceRef> involved, Protocol p) {
    TreeSet<Integer> starts = new TreeSet<>(List.of(1));
    for (ResourceRef r : involved) {
      for (NetworkRule rule : inbound.getOrDefault(r, List.of())) {
        for (PortRange range : rule.ports()) {
          starts.add(Math.max(1, range.from()));
          if (range.to() < 65535) {
            starts.add(range.to() + 1);
          }
        }
      }
    }
    return starts.stream().filter(s -> s <= 65535).map(s -> new Question(p, s)).toList();
  }
}
