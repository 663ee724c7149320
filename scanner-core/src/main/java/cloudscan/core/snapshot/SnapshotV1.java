package cloudscan.core.snapshot;

import cloudscan.core.check.Estate;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.Scope;
import cloudscan.core.input.InputException;
import cloudscan.core.provider.SkippedLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads version-1 snapshots, which the city archives as evidence, into today's model. Version 1
 * had no tri-state values and did not record what was looked for, so it reads as its documents
 * said: {@code null} means not read; {@code []} and {@code false} mean none, unless the same scope
 * has a gap for that kind (then not read); a listed scope was looked at for everything; a value
 * its javadoc called "null where the cloud has none" reads as not offered on that cloud. The fact
 * tag was {@code kind}, which some facts repeated as a field: the first {@code kind} of a fact is
 * its tag.
 */
final class SnapshotV1 {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A version-1 fact as read, before upgrading. */
  record RawFact(ObjectNode node, int line, int column, int index) { }

  private final ObjectMapper mapper;
  private final String name;
  private final Set<String> gapped = new HashSet<>();

  SnapshotV1(ObjectMapper mapper, String name, List<Gap> gaps) {
    this.mapper = mapper;
    this.name = name;
    gaps.forEach(g -> g.factKinds().forEach(k -> gapped.add(g.scope() + "|" + k)));
  }

  /** Reads one version-1 fact object; the parser is at its START_OBJECT. */
  static RawFact readRawFact(JsonParser p, ObjectMapper mapper, String name, int index)
      throws IOException, InputException {
    int line = p.currentLocation().getLineNr();
    int column = p.currentLocation().getColumnNr();
    ObjectNode node = NODES.objectNode();
    String tag = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("kind") && tag == null) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          throw new InputException(name, line, column, "facts[" + index + "].kind", "expected the fact kind");
        }
        tag = p.getText();
        continue;
      }
      if (node.has(field)) {
        throw new InputException(name, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
            "facts[" + index + "]." + field, "appears twice");
      }
      node.set(field, mapper.readTree(p));
    }
    if (tag == null) {
      throw new InputException(name, line, column, "facts[" + index + "].kind", "is required but missing");
    }
    node.put(SnapshotCodec.TAG, tag);
    return new RawFact(node, line, column, index);
  }

  /** The upgraded fact. */
  Fact fact(RawFact raw) throws InputException {
    ObjectNode n = raw.node();
    String kind = n.path(SnapshotCodec.TAG).asText();
    if (FactKinds.byName(kind).isEmpty() || !UPGRADED.contains(kind)) {
      throw new InputException(name, raw.line(), raw.column(), "facts[" + raw.index() + "].kind",
          "unknown fact kind '" + kind + "' (expected one of " + UPGRADED + ")");
    }
    try {
      upgrade(kind, n);
      return mapper.treeToValue(n, Fact.class);
    } catch (JsonProcessingException e) {
      InputException ie = SnapshotReader.factError(name, raw.index(), e);
      throw new InputException(name, raw.line(), raw.column(), ie.field(), ie.problem(), e);
    } catch (IllegalArgumentException e) {
      throw new InputException(name, raw.line(), raw.column(), "facts[" + raw.index() + "]", e.getMessage(), e);
    }
  }

  /** The kinds version 1 had. */
  private static final Set<String> UPGRADED = Set.of("Located", "NetworkRule", "VirtualNetwork",
      "CryptoKey", "TlsPolicy", "Certificate", "EncryptionAtRest", "AuditTrail", "LogStore",
      "BackupVault", "BackupPlan", "PasswordPolicy", "Principal", "PublicEndpoint", "Replica",
      "DataStore", "SecurityService", "Vulnerability", "LocationGuardrail", "ComputeInstance");

  private void upgrade(String kind, ObjectNode n) {
    boolean gap = gapped.contains(scope(n) + "|" + kind);
    switch (kind) {
      case "Located" -> {
        // v1: "zone when known, else null"; v1 collectors read the zone of every zonal resource.
        notOfferedIfNull(n, "zone");
        n.put("inventory", false);
      }
      case "NetworkRule" -> networkRule(n);
      case "VirtualNetwork" -> {
        JsonNode on = n.remove("flowLogsEnabled");
        n.put("flowLogs", on == null || on.isNull() || (gap && !on.asBoolean()) ? null
            : on.asBoolean() ? "ALL" : "NONE");
      }
      case "CryptoKey" -> cryptoKey(n);
      case "TlsPolicy" -> {
        // v1: protocols "may be empty if only the minimum is known"; suites "empty if unknown"
        if (n.path("protocols").isArray() && n.path("protocols").isEmpty()) {
          n.set("protocols", notOffered());
        }
        emptyToNull(n, "cipherSuites", true);
      }
      case "Certificate" -> { } // nulls read as not read; inUse as read
      case "EncryptionAtRest" -> falseToNull(n, "enabled", gap);
      case "AuditTrail" -> {
        if (n.path("integrityValidation").isNull() && !"aws".equals(cloud(n))) {
          n.set("integrityValidation", notOffered()); // v1: "null where the cloud has none"
        }
        falseToNull(n, "managementEvents", gap);
      }
      case "LogStore" -> falseToNull(n, "immutable", gap);
      case "BackupVault" -> backupVault(n);
      case "BackupPlan" -> {
        n.set("vaults", NODES.arrayNode());
        emptyToNull(n, "copies", gap);
        n.putNull("selections");
      }
      case "PasswordPolicy" -> passwordPolicy(n);
      case "Principal" -> {
        n.set("mfa", n.remove("mfaEnabled"));
        falseToNull(n, "consoleAccess", gap);
        emptyToNull(n, "accessKeys", gap);
      }
      case "PublicEndpoint" -> {
        boolean reachable = n.path("publiclyReachable").asBoolean(false);
        if (reachable && n.path("allowedSources").isArray() && n.path("allowedSources").isEmpty()) {
          n.set("allowedSources", NODES.arrayNode().add("*")); // v1: empty meant "no restriction"
        }
      }
      case "DataStore", "Replica", "LocationGuardrail" -> { }
      case "SecurityService" -> falseToNull(n, "enabled", gap);
      case "Vulnerability" -> notOfferedIfNull(n, "fixAvailableSince"); // v1: "null if no fix"
      case "ComputeInstance" -> { }
      default -> throw new IllegalStateException(kind);
    }
  }

  private static void networkRule(ObjectNode n) {
    String protocol = n.path("protocol").asText();
    boolean ported = protocol.equals("TCP") || protocol.equals("UDP") || protocol.equals("ALL");
    if (ported && n.path("ports").isArray() && n.path("ports").isEmpty()) {
      n.set("ports", NODES.arrayNode().add("all")); // v1: "an empty list means every port"
    }
    ArrayNode sources = n.path("sources").isArray() ? (ArrayNode) n.get("sources") : NODES.arrayNode();
    JsonNode groups = n.remove("peerGroups");
    if (groups != null && groups.isArray()) {
      for (JsonNode g : groups) {
        String id = g.asText();
        // v1 put AWS prefix lists (pl-…) and referenced groups in one list
        sources.add(id.startsWith("pl-") ? "list:" + id : "group:" + id);
      }
    }
    n.set("sources", sources);
    n.set("appliesTo", NODES.arrayNode());
  }

  private static void cryptoKey(ObjectNode n) {
    JsonNode usage = n.remove("usage");
    n.set("usages", usage == null || usage.isNull() || usage.asText().equals("UNKNOWN") ? NODES.nullNode()
        : NODES.arrayNode().add(usage.asText()));
    n.set("rotation", n.remove("rotationEnabled"));
    emptyToNull(n, "algorithms", true); // v1: "empty when not reported"
    n.putNull("permittedAlgorithms");
  }

  private static void backupVault(ObjectNode n) {
    n.set("lockEffectiveFrom", notOffered());
    notOfferedIfNull(n, "minRetentionDays");
    JsonNode soft = n.remove("softDelete");
    n.put("softDelete", soft == null || soft.isNull() ? null : soft.asBoolean() ? "ON" : "OFF");
    n.putNull("recoveryPoints");
  }

  /**
   * v1: {@code present=false} meant "no policy set, provider defaults apply". What the default is
   * depends on the cloud ({@link cloudscan.core.fact.PasswordPolicyDefaults}).
   */
  private void passwordPolicy(ObjectNode n) {
    boolean present = n.path("present").asBoolean(false);
    Cloud cloud = Cloud.fromId(cloud(n));
    ArrayNode required = NODES.arrayNode();
    if (present) {
      for (String[] c : new String[][] {{"requireUppercase", "UPPER"}, {"requireLowercase", "LOWER"},
          {"requireDigits", "DIGITS"}, {"requireSymbols", "SYMBOLS"}}) {
        if (n.path(c[0]).asBoolean(false)) {
          required.add(c[1]);
        }
      }
    }
    int minLength = n.path("minLength").asInt(0);
    for (String f : List.of("present", "requireUppercase", "requireLowercase", "requireDigits", "requireSymbols")) {
      n.remove(f);
    }
    if (present) {
      n.put("source", PasswordPolicy.Source.CUSTOM.name());
      n.put("minLength", minLength);
      n.set("requiredClasses", required);
      n.put("minClasses", 0);
      return;
    }
    PasswordPolicy d = cloudscan.core.fact.PasswordPolicyDefaults.of(cloud, scopeRef(n));
    n.put("source", d.source().name());
    n.put("minLength", d.minLength());
    ArrayNode req = NODES.arrayNode();
    d.requiredClasses().forEach(c -> req.add(c.name()));
    n.set("requiredClasses", req);
    n.put("minClasses", d.minClasses());
  }

  private static cloudscan.core.fact.ResourceRef scopeRef(ObjectNode n) {
    JsonNode r = n.path("resource");
    return new cloudscan.core.fact.ResourceRef(Cloud.fromId(r.path("cloud").asText()),
        r.path("account").asText(), r.path("location").asText(), r.path("type").asText("account"),
        r.path("id").asText("account"));
  }

  private static void falseToNull(ObjectNode n, String field, boolean gap) {
    if (gap && n.path(field).isBoolean() && !n.get(field).asBoolean()) {
      n.putNull(field);
    }
  }

  private static void emptyToNull(ObjectNode n, String field, boolean when) {
    if (when && n.path(field).isArray() && n.get(field).isEmpty()) {
      n.putNull(field);
    }
  }

  private static void notOfferedIfNull(ObjectNode n, String field) {
    if (!n.has(field) || n.get(field).isNull()) {
      n.set(field, notOffered());
    }
  }

  private static ObjectNode notOffered() {
    return NODES.objectNode().put(SnapshotCodec.NOT_OFFERED, true);
  }

  private static String cloud(ObjectNode n) {
    return ref(n).path("cloud").asText();
  }

  private static JsonNode ref(ObjectNode n) {
    return n.has("resource") ? n.get("resource") : n.path("target");
  }

  private static String scope(ObjectNode n) {
    JsonNode r = ref(n);
    try {
      return new Scope(Cloud.fromId(r.path("cloud").asText()), r.path("account").asText(),
          r.path("location").asText()).toString();
    } catch (IllegalArgumentException e) {
      return ""; // reported when the fact is bound
    }
  }

  /** Version-1 runs: scopes were places only; skips had words only. */
  static List<ProviderRun> runs(JsonNode runs, String name) throws InputException {
    List<ProviderRun> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      JsonNode r = runs.get(i);
      String at = "runs[" + i + "]";
      try {
        List<ScannedScope> scopes = new ArrayList<>();
        for (JsonNode s : r.path("scopes")) {
          Scope scope = new Scope(Cloud.fromId(text(s, "cloud", at, name)), text(s, "account", at, name),
              text(s, "location", at, name));
          scopes.add(ScannedScope.of(scope, scope.isGlobal() ? Scope.Level.ACCOUNT : Scope.Level.LOCATION,
              List.of(), List.of(Estate.EVERYTHING)));
        }
        List<SkippedLocation> skipped = new ArrayList<>();
        for (JsonNode s : r.path("skipped")) {
          String reason = s.path("reason").asText("");
          skipped.add(new SkippedLocation(text(s, "account", at, name), text(s, "location", at, name),
              SkippedLocation.causeOfV1(reason), reason));
        }
        Map<String, Long> calls = new TreeMap<>();
        r.path("apiCalls").fields().forEachRemaining(e -> calls.put(e.getKey(), e.getValue().asLong()));
        out.add(new ProviderRun(text(r, "provider", at, name), r.path("identity").asText(""),
            instant(r, "startedAt"), instant(r, "finishedAt"), scopes, skipped, calls));
      } catch (IllegalArgumentException e) {
        throw new InputException(name, 0, 0, at, e.getMessage(), e);
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field, String at, String name) throws InputException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new InputException(name, 0, 0, at + "." + field, "is required but missing");
    }
    return v.asText();
  }

  private static Instant instant(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : Instant.parse(v.asText());
  }
}
