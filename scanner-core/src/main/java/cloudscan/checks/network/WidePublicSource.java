package cloudscan.checks.network;

import cloudscan.checks.network.Firewalls.Exposure;
import cloudscan.checks.network.Firewalls.Question;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.AddressSet;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Inbound traffic allowed from a very wide public range: not the internet (the port checks judge
 * that) but more public addresses than a /16 of IPv4 or a /32 of IPv6 (the merged sources of the
 * rule set, overlaps counted once), far more than an office or partner range.
 */
public final class WidePublicSource implements Check {

  /** More public IPv4 addresses than a /16 (65,536) needs review. */
  static final BigInteger MAX_V4 = BigInteger.TWO.pow(32 - 16);
  /** More IPv6 global-unicast addresses than a /32 (a whole provider allocation) needs review. */
  static final BigInteger MAX_V6 = BigInteger.TWO.pow(128 - 32);

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.wide-public-source")
        .title(Text.of("送信元に広すぎるパブリックアドレス範囲を許可している", "Inbound rule allows a very wide public range"))
        .remediation(Text.of(
            "送信元を実際に接続する拠点・取引先のアドレス（IPv4 なら /16 より狭い範囲）に絞る",
            "Narrow the source to the addresses that really connect (offices, partners): IPv4 "
                + "narrower than /16, IPv6 narrower than /32"))
        .severity(Severity.MEDIUM)
        .requirements("3.3", "3.4")
        .needs(NetworkRule.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    Firewalls fw = Firewalls.of(facts);
    return fw.ruleSets().stream()
        .filter(rs -> fw.mode(rs) != Firewalls.Mode.UNATTACHED)
        .map(rs -> judge(fw, rs));
  }

  private static Result judge(Firewalls fw, ResourceRef rs) {
    AddressSet reach = new AddressSet();
    Set<String> rules = new TreeSet<>();
    boolean unknown = false;
    for (Protocol p : List.of(Protocol.TCP, Protocol.UDP)) {
      for (Question q : fw.segments(rs, p)) {
        Exposure e = fw.exposure(rs, q);
        if (e.addresses().isInternet()) {
          continue; // the port checks judge what is open to the whole internet
        }
        reach.addAll(e.addresses());
        rules.addAll(e.rules());
        unknown |= e.unknownAllow();
      }
    }
    AddressSet pub = reach.publicPart();
    if (pub.publicSizeV4().compareTo(MAX_V4) > 0 || pub.publicSizeV6().compareTo(MAX_V6) > 0) {
      return Result.warn(rs, Text.of(
          "広いパブリックアドレス範囲（" + pub.describe(4) + "）からの通信を許可しています。必要な範囲か確認してください（ルール "
              + String.join(", ", rules) + "）",
          "allows traffic from a wide public range (" + pub.describe(4) + "); confirm it is needed (rules "
              + String.join(", ", rules) + ")"));
    }
    if (unknown) {
      return Result.unknown(rs, RuleSetVerdicts.unresolved());
    }
    return Result.pass(rs, Text.of("広すぎるパブリックアドレス範囲からの許可はありません", "no very wide public source range"));
  }
}
