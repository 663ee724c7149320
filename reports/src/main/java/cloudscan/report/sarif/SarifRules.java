package cloudscan.report.sarif;

import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Lang;
import cloudscan.core.check.Severity;
import cloudscan.core.engine.ScanResult;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code tool.driver.rules[]}: one reportingDescriptor per check, straight from its spec. */
final class SarifRules {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SarifRules() { }

  static ArrayNode of(ScanResult result, Lang lang) {
    ArrayNode rules = F.arrayNode();
    result.checks().forEach(o -> rules.add(rule(o.spec(), lang)));
    return rules;
  }

  private static ObjectNode rule(CheckSpec spec, Lang lang) {
    ObjectNode r = F.objectNode();
    r.put("id", spec.id());
    if (!spec.aliases().isEmpty()) {
      ArrayNode ids = r.putArray("deprecatedIds");
      spec.aliases().forEach(ids::add);
    }
    r.putObject("shortDescription").put("text", spec.title().in(lang));
    r.putObject("fullDescription").put("text", spec.title().ja() + " / " + spec.title().en());
    r.putObject("help").put("text", spec.remediation().in(lang));
    r.putObject("defaultConfiguration").put("level", level(spec.severity()));
    ObjectNode p = r.putObject("properties");
    p.put("severity", spec.severity().name());
    p.put("security-severity", securitySeverity(spec.severity()));
    ArrayNode reqs = p.putArray("requirements");
    ArrayNode tags = p.putArray("tags");
    tags.add("security");
    spec.requirements().forEach(id -> {
      reqs.add(id.value());
      tags.add("requirement-" + id.value());
    });
    return r;
  }

  /** SARIF level of a failure of this severity. */
  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  /** The CVSS-like score code-scanning tools sort by (a string, as they expect). */
  static String securitySeverity(Severity s) {
    return switch (s) {
      case CRITICAL -> "9.5";
      case HIGH -> "8.0";
      case MEDIUM -> "5.5";
      case LOW -> "3.0";
      case INFO -> "0.0";
    };
  }
}
