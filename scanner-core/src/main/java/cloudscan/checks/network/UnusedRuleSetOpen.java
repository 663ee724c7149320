package cloudscan.checks.network;

import cloudscan.checks.network.Firewalls.Question;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.NetworkAttachment;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Hygiene: a rule set that protects nothing (no network interface, load balancer or database
 * behind it) but lets the internet in. It exposes nothing today, so the exposure checks do not
 * fail it; it is a trap for whatever is attached next. Judged only where attachments were
 * collected completely.
 */
public final class UnusedRuleSetOpen implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.unused-rule-set-open")
        .title(Text.of("何にも関連付けられていないルールセットがインターネットからの通信を許可している",
            "Unattached rule set allows traffic from the internet"))
        .remediation(Text.of(
            "使われていないセキュリティグループ・ネットワーク ACL・NSG を削除するか、インターネットからの許可ルールを削除する",
            "Delete the unused security group, network ACL or NSG, or remove its rules that allow the internet"))
        .severity(Severity.LOW)
        .requirements("3.3")
        .needs(NetworkRule.class, NetworkAttachment.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    Firewalls fw = Firewalls.of(facts);
    return fw.ruleSets().stream()
        .filter(rs -> fw.mode(rs) == Firewalls.Mode.UNATTACHED)
        .map(rs -> judge(fw, rs));
  }

  private static Result judge(Firewalls fw, ResourceRef rs) {
    Optional<Question> open = Stream.of(Protocol.TCP, Protocol.UDP)
        .flatMap(p -> fw.segments(rs, p).stream())
        .filter(q -> fw.alone(rs, q).open())
        .findFirst();
    if (open.isPresent()) {
      List<String> rules = List.copyOf(fw.alone(rs, open.get()).rules());
      return Result.warn(rs, Text.of(
          "どのネットワークインターフェースにも関連付けられていませんが、インターネットからの通信（" + open.get().label()
              + " 等）を許可しています（ルール " + String.join(", ", rules) + "）。関連付けた時点で公開されます",
          "attached to nothing, but allows the internet in (" + open.get().label() + " and maybe more; rules "
              + String.join(", ", rules) + "): whatever is attached next is exposed"));
    }
    Optional<Question> unsure = Stream.of(Protocol.TCP, Protocol.UDP)
        .flatMap(p -> fw.segments(rs, p).stream())
        .filter(q -> fw.alone(rs, q).unknown())
        .findFirst();
    if (unsure.isPresent()) {
      return Result.unknown(rs, Text.of(
          "どこにも関連付けられていませんが、送信元の一部（未収集のアドレスリスト等）の範囲が分からず、"
              + "インターネットからの許可があるか判定できません（" + unsure.get().label() + " 等）",
          "attached to nothing; whether it allows the internet in cannot be told, because a source (an "
              + "address list that was not collected…) could not be resolved (" + unsure.get().label() + " and maybe more)"));
    }
    return Result.pass(rs, Text.of("関連付けはありませんが、インターネットからの許可もありません",
        "attached to nothing, and allows nothing from the internet"));
  }
}
