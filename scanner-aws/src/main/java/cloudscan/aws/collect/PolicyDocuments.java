package cloudscan.aws.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    if (document == null || document.isBlank()) {
      return out;
    }
    JsonNode root = parse(document);
    JsonNode statements = root.path("Statement");
    for (JsonNode st : statements.isArray() ? statements : List.of(statements)) {
      if (!"Allow".equals(st.path("Effect").asText())) {
        continue;
      }
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
