package cloudscan.aws.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads the AWS principals an IAM policy document (key policy, role trust policy) allows. */
public final class PolicyDocuments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PolicyDocuments() { }

  /**
   * Accounts named by {@code "Principal": {"AWS": …}} in Allow statements: from ARNs
   * ({@code arn:aws:iam::111122223333:root}) or bare account IDs; {@code "*"} is returned as
   * {@code *}. IAM returns trust policies URL-encoded; both forms are accepted.
   */
  public static Set<String> allowedAccounts(String document) {
    Set<String> accounts = new TreeSet<>();
    for (String principal : allowedAwsPrincipals(document)) {
      accounts.add(accountOf(principal));
    }
    return accounts;
  }

  /** Every AWS principal string of Allow statements, as written. */
  public static List<String> allowedAwsPrincipals(String document) {
    List<String> out = new ArrayList<>();
    for (JsonNode st : allowStatements(document)) {
      JsonNode principal = st.path("Principal");
      JsonNode aws = principal.isTextual() ? principal : principal.path("AWS");
      for (JsonNode p : aws.isArray() ? aws : List.of(aws)) {
        if (p.isTextual()) {
          out.add(p.asText());
        }
      }
    }
    return out;
  }

  /** Service principals of Allow statements, e.g. {@code cloudtrail.amazonaws.com}. */
  public static Set<String> allowedServices(String document) {
    Set<String> out = new TreeSet<>();
    for (JsonNode st : allowStatements(document)) {
      JsonNode service = st.path("Principal").path("Service");
      for (JsonNode p : service.isArray() ? service : List.of(service)) {
        if (p.isTextual()) {
          out.add(p.asText());
        }
      }
    }
    return out;
  }

  /**
   * What an anonymous grant ({@code Principal: "*"}) allows, read conservatively where AWS's own
   * evaluation (GetBucketPolicyStatus) gave no answer: empty when there is none or every such
   * statement is limited by a positive, non-{@code IfExists} operator with concrete values on a
   * key that names the caller's organization, account, VPC or similar; otherwise the source IP
   * ranges it is limited to (an empty list inside means from anywhere). Negated operators
   * ({@code StringNotEquals aws:SourceVpce} lets every other caller in), {@code …IfExists},
   * {@code Null} and wildcard values ({@code StringLike aws:PrincipalOrgID "*"}) restrict nothing.
   */
  public static Optional<List<String>> anonymousAccess(String document) {
    Optional<List<String>> result = Optional.empty();
    for (JsonNode st : allowStatements(document)) {
      JsonNode p = st.path("Principal");
      boolean anyone = "*".equals(p.asText()) || "*".equals(p.path("AWS").asText())
          || (p.path("AWS").isArray() && p.path("AWS").toString().contains("\"*\""));
      if (!anyone) {
        continue;
      }
      List<String> ips = new ArrayList<>();
      boolean restricted = false;
      for (var op : st.path("Condition").properties()) {
        String operator = op.getKey().replace("ForAnyValue:", "").replace("ForAllValues:", "");
        for (var cond : op.getValue().properties()) {
          String key = cond.getKey().toLowerCase(Locale.ROOT);
          List<String> values = values(cond.getValue());
          if (key.equals("aws:sourceip") && operator.equals("IpAddress")) {
            ips.addAll(values);
          } else if (RESTRICTING_KEYS.contains(key) && POSITIVE.contains(operator) && concrete(values)) {
            restricted = true;
          }
        }
      }
      if (!restricted) {
        if (ips.isEmpty()) {
          return Optional.of(List.of());
        }
        List<String> merged = new ArrayList<>(result.orElse(List.of()));
        merged.addAll(ips);
        result = Optional.of(merged);
      }
    }
    return result;
  }

  private static final Set<String> RESTRICTING_KEYS = Set.of("aws:sourcevpc", "aws:sourcevpce",
      "aws:principalorgid", "aws:principalaccount", "aws:sourceaccount", "aws:sourcearn", "aws:principalarn",
      "aws:userid", "aws:username", "aws:sourceorgid", "aws:principalorgpaths", "aws:sourceorgpaths",
      "aws:principalservicename");

  /** Operators that let in only matching callers (no negation, no IfExists). */
  private static final Set<String> POSITIVE = Set.of("StringEquals", "StringEqualsIgnoreCase", "StringLike",
      "ArnEquals", "ArnLike");

  private static List<String> values(JsonNode v) {
    List<String> out = new ArrayList<>();
    (v.isArray() ? v : List.of(v)).forEach(x -> out.add(x.asText()));
    return out;
  }

  /** Values that name something: not empty, and no value that is only wildcards. */
  private static boolean concrete(List<String> values) {
    return !values.isEmpty() && values.stream().noneMatch(x -> x.isBlank() || x.replace("*", "").replace("?", "").isEmpty());
  }

  private static List<JsonNode> allowStatements(String document) {
    List<JsonNode> out = new ArrayList<>();
    if (document == null || document.isBlank()) {
      return out;
    }
    JsonNode statements = parse(document).path("Statement");
    for (JsonNode st : statements.isArray() ? statements : List.of(statements)) {
      if ("Allow".equals(st.path("Effect").asText())) {
        out.add(st);
      }
    }
    return out;
  }

  /** {@code arn:aws:iam::111122223333:role/x} → {@code 111122223333}; a bare ID stays; else as is. */
  public static String accountOf(String principal) {
    if (principal.startsWith("arn:")) {
      String[] parts = principal.split(":", 6);
      return parts.length > 4 ? parts[4] : principal;
    }
    return principal;
  }

  private static JsonNode parse(String document) {
    String text = document.trim().startsWith("%") || document.contains("%22")
        ? URLDecoder.decode(document, StandardCharsets.UTF_8) : document;
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("policy document is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
