package cloudscan.aws.collect.organizations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the region guardrail out of an SCP: a Deny statement on every action ({@code "*"}, or a
 * {@code NotAction} that exempts global services) whose condition denies requests outside listed
 * regions ({@code StringNotEquals}/{@code StringNotLike} on {@code aws:RequestedRegion}).
 * Statements denying only some actions are not a guardrail for residency and are ignored.
 */
final class RegionGuardrails {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_IN = Set.of("StringNotEquals", "StringNotLike",
      "StringNotEqualsIgnoreCase");
  private static final String REQUESTED_REGION = "aws:requestedregion";

  private RegionGuardrails() { }

  /** The regions the policy still allows, or empty if it restricts no region. */
  static Optional<Set<String>> allowedRegions(String document) {
    JsonNode statements = parse(document).path("Statement");
    Set<String> allowed = null;
    for (JsonNode st : statements.isArray() ? statements : List.of(statements)) {
      Optional<Set<String>> regions = "Deny".equals(st.path("Effect").asText()) && coversAllActions(st)
          && coversAllResources(st) && onlyExemptingConditions(st.path("Condition"))
          ? notInRegions(st.path("Condition")) : Optional.empty();
      if (regions.isPresent()) {
        allowed = allowed == null ? new TreeSet<>(regions.get()) : intersect(allowed, regions.get());
      }
    }
    return Optional.ofNullable(allowed);
  }

  /**
   * Global services that region-deny policies exempt: AWS's IAM example and the longer list of AWS
   * Control Tower's Region deny control (GRREGIONDENY / CT.MULTISERVICE.PV.1). A {@code NotAction}
   * naming only these still denies every regional service that stores data. A few of them keep
   * data in one fixed region (Device Farm in us-west-2, ECR Public in us-east-1): their resources
   * are located by their own collectors, the guardrail only stops new regional requests.
   */
  private static final Set<String> GLOBAL_SERVICES = Set.of("a4b", "access-analyzer", "account", "acm",
      "activate", "artifact", "aws-marketplace", "aws-marketplace-management", "aws-portal", "billing",
      "billingconductor", "budgets", "ce", "chatbot", "chime", "cloudfront", "compute-optimizer", "config",
      "consoleapp", "consolidatedbilling", "cur", "devicefarm", "directconnect", "discovery-marketplace",
      "ecr-public", "fms", "freetier", "globalaccelerator", "health", "iam", "importexport", "invoicing",
      "iq", "kms", "mobileanalytics", "networkmanager", "notifications", "notifications-contacts",
      "organizations", "payments", "pricing", "resource-explorer-2", "route53", "route53domains",
      "route53-recovery-cluster", "route53-recovery-control-config", "route53-recovery-readiness",
      "savingsplans", "shield", "sso", "sts", "support", "supportapp", "supportplans", "sustainability",
      "tax", "trustedadvisor", "waf", "waf-regional", "wafv2", "wellarchitected");

  /** Only exemptions besides the region: negated principal/role matches keep everyone else bound. */
  private static final Set<String> EXEMPTING = Set.of("StringNotEquals", "StringNotLike",
      "StringNotEqualsIgnoreCase", "ArnNotLike", "ArnNotEquals", "Null", "Bool", "BoolIfExists");

  private static boolean coversAllResources(JsonNode st) {
    if (st.has("NotResource")) {
      return false;
    }
    JsonNode r = st.path("Resource");
    if (r.isMissingNode()) {
      return true;
    }
    for (JsonNode x : r.isArray() ? r : List.of(r)) {
      if ("*".equals(x.asText())) {
        return true;
      }
    }
    return false;
  }

  /** A whole global service, or a single read / account-setting action (ec2:DescribeRegions). */
  private static boolean harmlessExemption(String action) {
    int colon = action.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String service = action.substring(0, colon).toLowerCase(Locale.ROOT);
    String op = action.substring(colon + 1);
    // S3 Multi-Region Access Points only route to buckets (their control plane is in us-west-2).
    return GLOBAL_SERVICES.contains(service) || op.startsWith("Describe") || op.startsWith("List")
        || op.startsWith("Get") || op.startsWith("Lookup") || op.startsWith("PutAccountPublic")
        || (service.equals("s3") && op.contains("MultiRegionAccessPoint"));
  }

  private static boolean onlyExemptingConditions(JsonNode condition) {
    for (Iterator<String> ops = condition.fieldNames(); ops.hasNext(); ) {
      String op = ops.next().replace("ForAnyValue:", "").replace("ForAllValues:", "");
      if (!EXEMPTING.contains(op)) {
        return false; // e.g. StringEquals aws:PrincipalTag/...: the deny binds only some principals
      }
    }
    return true;
  }

  private static boolean coversAllActions(JsonNode st) {
    if (st.has("NotAction")) {
      JsonNode na = st.path("NotAction");
      for (JsonNode a : na.isArray() ? na : List.of(na)) {
        if (!harmlessExemption(a.asText())) {
          return false; // exempts actions that can put data in any region
        }
      }
      return true;
    }
    JsonNode action = st.path("Action");
    for (JsonNode a : action.isArray() ? action : List.of(action)) {
      if ("*".equals(a.asText())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Set<String>> notInRegions(JsonNode condition) {
    for (Iterator<Map.Entry<String, JsonNode>> ops = condition.fields(); ops.hasNext(); ) {
      Map.Entry<String, JsonNode> op = ops.next();
      if (!NOT_IN.contains(op.getKey())) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> keys = op.getValue().fields(); keys.hasNext(); ) {
        Map.Entry<String, JsonNode> key = keys.next();
        if (key.getKey().toLowerCase(Locale.ROOT).equals(REQUESTED_REGION)) {
          Set<String> regions = new TreeSet<>();
          JsonNode v = key.getValue();
          (v.isArray() ? v : List.of(v)).forEach(r -> regions.add(r.asText()));
          return Optional.of(regions);
        }
      }
    }
    return Optional.empty();
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    a.retainAll(b);
    return a;
  }

  private static JsonNode parse(String document) {
    try {
      return JSON.readTree(document);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("SCP is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
