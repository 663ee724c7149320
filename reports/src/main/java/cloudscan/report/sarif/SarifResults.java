package cloudscan.report.sarif;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Lang;
import cloudscan.core.check.Status;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.Finding;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.waiver.Waiver;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code runs[0].results[]}: every finding that is not a pass. FAIL is kind {@code fail} with a
 * level by severity; WAIVED is a failure with an accepted external suppression; WARN is
 * {@code review} and UNKNOWN is {@code open} (both level {@code none}, as SARIF requires).
 * With a baseline, open results carry {@code baselineState} {@code new} or {@code unchanged}.
 */
final class SarifResults {

  /** Key of the stable fingerprint: check ID + cloud/account/location/type/id. */
  static final String FINGERPRINT = "cloudscanResource/v1";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SarifResults() { }

  /**
   * The results, made one at a time as they are written (a large estate's SARIF is a stream, not
   * a tree in memory); {@code perResult} runs for each (the writer's progress).
   */
  static List<ObjectNode> of(ScanResult result, Lang lang, Runnable perResult) {
    List<CheckOutcome> checks = result.checks();
    int n = count(result);
    int[] check = new int[n];
    int[] finding = new int[n];
    int k = 0;
    for (int c = 0; c < checks.size(); c++) {
      List<Finding> fs = checks.get(c).findings();
      for (int i = 0; i < fs.size(); i++) {
        if (fs.get(i).status() != Status.PASS) {
          check[k] = c;
          finding[k++] = i;
        }
      }
    }
    int size = n;
    return new AbstractList<>() {
      @Override public ObjectNode get(int i) {
        CheckOutcome o = checks.get(check[i]);
        perResult.run();
        return result(o.findings().get(finding[i]), o.spec(), check[i], lang, result.baseline());
      }

      @Override public int size() {
        return size;
      }
    };
  }

  /** How many results there are: every finding that is not a pass. */
  static int count(ScanResult result) {
    return (int) result.checks().stream().flatMap(o -> o.findings().stream())
        .filter(f -> f.status() != Status.PASS).count();
  }

  private static ObjectNode result(Finding f, CheckSpec spec, int ruleIndex, Lang lang, Baseline baseline) {
    ObjectNode r = F.objectNode();
    r.put("ruleId", spec.id());
    r.put("ruleIndex", ruleIndex);
    boolean failure = f.status() == Status.FAIL || f.status() == Status.WAIVED;
    r.put("kind", failure ? "fail" : f.status() == Status.WARN ? "review" : "open");
    r.put("level", failure ? SarifRules.level(spec.severity()) : "none");
    r.putObject("message").put("text", f.message().in(lang));
    ResourceRef res = f.resource();
    ObjectNode logical = r.putArray("locations").addObject().putArray("logicalLocations").addObject();
    logical.put("name", res.id());
    logical.put("fullyQualifiedName", qualifiedName(res));
    logical.put("kind", "resource");
    r.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(spec.id(), res));
    Baseline.Mark mark = baseline == null ? null : baseline.mark(f);
    if (mark != null) {
      r.put("baselineState", mark == Baseline.Mark.NEW ? "new" : "unchanged");
    }
    if (f.waiver() != null) {
      r.putArray("suppressions").add(suppression(f.waiver()));
    }
    ObjectNode p = r.putObject("properties");
    p.put("status", f.status().name());
    p.put("severity", spec.severity().name());
    p.put("cloud", res.cloud().id());
    p.put("account", res.account());
    p.put("location", res.location());
    p.put("resourceType", res.type());
    ArrayNode reqs = p.putArray("requirements");
    spec.requirements().forEach(id -> reqs.add(id.value()));
    return r;
  }

  /** {@code aws/111122223333/ap-northeast-1/bucket/name}: unique across clouds and accounts. */
  static String qualifiedName(ResourceRef r) {
    return r.cloud().id() + "/" + r.account() + "/" + r.location() + "/" + r.type() + "/" + r.id();
  }

  static String fingerprint(String checkId, ResourceRef r) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest((checkId + "\n" + qualifiedName(r)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JRE", e);
    }
  }

  private static ObjectNode suppression(Waiver w) {
    ObjectNode s = F.objectNode();
    s.put("kind", "external");
    s.put("status", "accepted");
    if (w.reason() != null) {
      s.put("justification", w.reason());
    }
    ObjectNode p = s.putObject("properties");
    p.put("approvedBy", w.approvedBy());
    p.put("expires", w.expires() == null ? null : w.expires().toString());
    p.put("reference", w.reference());
    p.put("category", w.category().name());
    return s;
  }
}
