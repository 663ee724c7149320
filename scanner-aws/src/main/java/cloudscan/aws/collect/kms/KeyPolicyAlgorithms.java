package cloudscan.aws.collect.kms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which encryption algorithms a key policy still permits. Only a Deny restricts: an Allow with a
 * condition restricts nothing while the default statement or a grant still allows the call. A
 * Deny counts when it names every principal, covers kms:Encrypt or kms:Decrypt, and its only
 * condition is {@code StringNotEquals[IfExists] kms:EncryptionAlgorithm [...]}: then every
 * algorithm not listed is forbidden for that action. An algorithm is forbidden when both
 * kms:Encrypt and kms:Decrypt forbid it.
 */
final class KeyPolicyAlgorithms {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_EQUALS = Set.of("StringNotEquals", "StringNotEqualsIfExists");
  private static final String KEY = "kms:encryptionalgorithm";

  private KeyPolicyAlgorithms() { }

  /** {@code algorithms} minus those the policy forbids for both encrypting and decrypting. */
  static List<String> permitted(String policy, List<String> algorithms) {
    Set<String> encryptAllowed = null;
    Set<String> decryptAllowed = null;
    for (JsonNode st : statements(policy)) {
      Set<String> allowed = restriction(st);
      if (allowed == null) {
        continue;
      }
      if (covers(st, "kms:Encrypt")) {
        encryptAllowed = intersect(encryptAllowed, allowed);
      }
      if (covers(st, "kms:Decrypt")) {
        decryptAllowed = intersect(decryptAllowed, allowed);
      }
    }
    Set<String> enc = encryptAllowed;
    Set<String> dec = decryptAllowed;
    return algorithms.stream().filter(a -> !(enc != null && !enc.contains(a) && dec != null && !dec.contains(a)))
        .toList();
  }

  /** The algorithms a qualifying Deny leaves allowed, or null when the statement restricts nothing. */
  private static Set<String> restriction(JsonNode st) {
    if (!"Deny".equals(st.path("Effect").asText()) || st.has("NotPrincipal") || st.has("NotAction")
        || !everyone(st.path("Principal"))) {
      return null;
    }
    JsonNode condition = st.path("Condition");
    if (condition.size() != 1) {
      return null;
    }
    Map.Entry<String, JsonNode> op = condition.fields().next();
    if (!NOT_EQUALS.contains(op.getKey()) || op.getValue().size() != 1) {
      return null;
    }
    Map.Entry<String, JsonNode> key = op.getValue().fields().next();
    if (!key.getKey().toLowerCase(Locale.ROOT).equals(KEY)) {
      return null;
    }
    Set<String> allowed = new HashSet<>();
    JsonNode v = key.getValue();
    for (JsonNode x : v.isArray() ? v : List.of(v)) {
      allowed.add(x.asText());
    }
    return allowed;
  }

  private static boolean everyone(JsonNode principal) {
    if ("*".equals(principal.asText())) {
      return true;
    }
    JsonNode aws = principal.path("AWS");
    for (JsonNode p : aws.isArray() ? aws : List.of(aws)) {
      if ("*".equals(p.asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(JsonNode st, String action) {
    JsonNode a = st.path("Action");
    for (JsonNode x : a.isArray() ? a : List.of(a)) {
      String s = x.asText();
      if (s.equals("*") || s.equalsIgnoreCase("kms:*") || s.equalsIgnoreCase(action)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    if (a == null) {
      return new HashSet<>(b);
    }
    a.retainAll(b);
    return a;
  }

  private static List<JsonNode> statements(String policy) {
    try {
      JsonNode st = JSON.readTree(policy).path("Statement");
      List<JsonNode> out = new java.util.ArrayList<>();
      for (Iterator<JsonNode> it = st.isArray() ? st.elements() : List.of(st).iterator(); it.hasNext(); ) {
        out.add(it.next());
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("key policy is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
