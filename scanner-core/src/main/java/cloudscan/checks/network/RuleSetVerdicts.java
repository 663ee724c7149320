package cloudscan.checks.network;

import cloudscan.checks.network.Firewalls.Exposure;
import cloudscan.checks.network.Firewalls.Question;
import cloudscan.core.check.Result;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The verdicts of the port checks: per rule set, FAIL (or the given status) for the ports open to
 * the internet, UNKNOWN when a source could not be resolved, PASS otherwise. One finding per rule
 * set, naming its rules and the listeners they expose.
 */
final class RuleSetVerdicts {

  private static final int LISTED = 3;

  private RuleSetVerdicts() { }

  /** Judges {@code ports} over TCP and UDP on every rule set that has something to answer for. */
  static Stream<Result> ports(Firewalls fw, Set<Integer> ports, Text what, Status verdict, Text clean) {
    return fw.ruleSets().stream()
        .filter(rs -> fw.mode(rs) != Firewalls.Mode.UNATTACHED)
        .map(rs -> judgePorts(fw, rs, ports, what, verdict, clean));
  }

  private static Result judgePorts(Firewalls fw, ResourceRef rs, Set<Integer> ports, Text what,
      Status verdict, Text clean) {
    Set<String> open = new TreeSet<>();
    Set<String> rules = new TreeSet<>();
    boolean unknown = false;
    for (int port : new TreeSet<>(ports)) {
      for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
        Exposure e = fw.exposure(rs, new Question(p, port));
        if (e.open()) {
          open.add(p == Protocol.TCP ? Integer.toString(port) : port + "/udp");
          rules.addAll(e.rules());
        } else {
          unknown |= e.unknown();
        }
      }
    }
    if (!open.isEmpty()) {
      return new Result(rs, verdict, Text.of(
          what.ja() + " " + open + " がインターネットから到達可能です（ルール " + String.join(", ", rules) + "）"
              + via(fw, rs, true),
          what.en() + " " + open + " reachable from the internet (rules " + String.join(", ", rules) + ")"
              + via(fw, rs, false)));
    }
    if (unknown) {
      return Result.unknown(rs, unresolved());
    }
    return Result.pass(rs, clean.append(behind(fw, rs)));
  }

  /** "through instance i-1, i-2 (and 3 more)" for rule sets judged through their listeners. */
  static String via(Firewalls fw, ResourceRef rs, boolean ja) {
    if (fw.mode(rs) != Firewalls.Mode.LISTENERS) {
      return "";
    }
    List<NetworkAttachment> ls = fw.listenersOf(rs);
    String ids = ls.stream().limit(LISTED).map(l -> l.resource().id()).collect(Collectors.joining(", "));
    int more = ls.size() - LISTED;
    return ja ? "。対象: " + ids + (more > 0 ? "（ほか " + more + " 件）" : "")
        : "; exposes " + ids + (more > 0 ? " (and " + more + " more)" : "");
  }

  /** For a pass through listeners: how many listeners were judged. */
  private static String behind(Firewalls fw, ResourceRef rs) {
    return fw.mode(rs) == Firewalls.Mode.LISTENERS
        ? " (" + fw.listenersOf(rs).size() + " listener(s) judged with every layer in front of them)" : "";
  }

  static Text unresolved() {
    return Text.of(
        "送信元に解決できない参照（カスタマー管理のプレフィックスリスト、アドレスグループ、未知のサービスタグ）が"
            + "あるか、複数のターゲットタグを併せ持つメンバーだけが開放される（どのメンバーがどのタグを持つかは未収集）"
            + "ため、インターネットに開放されているか判定できません",
        "a source could not be resolved (customer-managed prefix list or address group not collected, "
            + "unknown service tag), or only a member carrying several target tags together would be open "
            + "(which members carry which tags was not collected): cannot tell whether it is open to the internet");
  }

  /** Every question over TCP and UDP whose answer covers all ports of the protocol. */
  static List<String> allPortsOpen(Firewalls fw, ResourceRef rs, List<String> rulesOut, boolean[] unknownOut) {
    List<String> protocols = new ArrayList<>();
    for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
      boolean all = true;
      Set<String> rules = new TreeSet<>();
      for (Question q : fw.segments(rs, p)) {
        Exposure e = fw.exposure(rs, q);
        if (!e.open()) {
          all = false;
          unknownOut[0] |= e.unknown();
          break;
        }
        rules.addAll(e.rules());
      }
      if (all) {
        protocols.add(p.name().toLowerCase(java.util.Locale.ROOT));
        rulesOut.addAll(rules);
      }
    }
    return protocols;
  }
}
