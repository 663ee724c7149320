package cloudscan.checks.network;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.NetworkRule;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Inbound traffic allowed from a very wide public network (a /8 of someone else's addresses): not
 * the whole internet, which net.admin-port-open, net.database-port-open and net.all-ports-open
 * judge, but far more than an office or partner range.
 */
public final class WidePublicSource implements Check {

  /** Public IPv4 sources wider than a /16 (65,536 addresses) need review. */
  static final int MIN_V4_PREFIX = 16;
  /** Public IPv6 sources wider than a /32 (a whole provider allocation) need review. */
  static final int MIN_V6_PREFIX = 32;

  private static final Text CLEAN = Text.of(
        "広すぎるパブリックアドレス範囲からの許可はありません",
        "no very wide public source range");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.wide-public-source")
        .title(Text.of("送信元に広すぎるパブリックアドレス範囲を許可している", "Inbound rule allows a very wide public range"))
        .remediation(Text.of(
            "送信元を実際に接続する拠点・取引先のアドレス（IPv4 なら /16 より狭い範囲）に絞る",
            "Narrow the source to the addresses that really connect (offices, partners): IPv4 "
                + "narrower than /16, IPv6 narrower than /32"))
        .severity(Severity.MEDIUM)
        .requirements("3.3")
        .needs(NetworkRule.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return PerTarget.judge(facts, WidePublicSource::offence, Status.WARN, CLEAN);
  }

  /** The rule's problem, or null if it has none. */
  static Text offence(NetworkRule rule) {
    List<Cidr> wide = rule.widePublicSources(MIN_V4_PREFIX, MIN_V6_PREFIX);
    if (!wide.isEmpty()) {
      String cidrs = wide.stream().map(Cidr::toString).collect(Collectors.joining(","));
      return Text.of(
          "広いパブリックアドレス範囲 " + cidrs + " から " + rule.portsLabel()
              + " を許可しています。必要な範囲か確認してください（" + rule.ruleId() + "）",
          "allows " + rule.portsLabel() + " from the wide public range(s) " + cidrs
              + "; confirm they are needed (" + rule.ruleId() + ")");
    }
    return null;
  }
}
