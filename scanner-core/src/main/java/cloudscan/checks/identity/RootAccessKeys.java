package cloudscan.checks.identity;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Principal;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The root user has an active long-lived access key. */
public final class RootAccessKeys implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.root-access-keys")
        .title(Text.of("ルートユーザーに有効なアクセスキーがある", "Root user has active access keys"))
        .remediation(Text.of(
            "ルートユーザーのアクセスキーを削除し、プログラムからのアクセスには権限を絞った IAM ロールを使う",
            "Delete the root user's access keys; use narrowly scoped IAM roles for programmatic access"))
        .severity(Severity.CRITICAL)
        .requirements("3.5")
        .needs(Principal.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return Stream.concat(facts.all(Principal.class).stream()
        .filter(p -> p.kind() == Principal.Kind.ROOT)
        .map(RootAccessKeys::judge), Roots.missing(facts));
  }

  private static Result judge(Principal root) {
    if (root.accessKeys().isUnread()) {
      return Result.unknown(root.resource(), Text.of(
          "ルートユーザーのアクセスキーを確認できませんでした", "could not read the root user's access keys"));
    }
    String keys = root.activeKeys().stream().map(Principal.AccessKey::id).collect(Collectors.joining(", "));
    return Result.judge(root.resource(), keys.isEmpty(),
        Text.of("ルートユーザーに有効なアクセスキーはありません", "root user has no active access key"),
        Text.of("ルートユーザーに有効なアクセスキーがあります（" + keys + "）",
            "root user has active access key(s) (" + keys + ")"));
  }
}
