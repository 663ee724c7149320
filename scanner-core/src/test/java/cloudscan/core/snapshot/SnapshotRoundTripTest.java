package cloudscan.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.engine.FactStore;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Retention;
import cloudscan.core.fact.Scope;
import cloudscan.core.input.InputException;
import cloudscan.testkit.NetworkRules;
import cloudscan.testkit.Refs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotRoundTripTest {

  private static final Scope TOKYO = new Scope(cloudscan.core.fact.Cloud.AWS, Refs.ACCOUNT, Refs.TOKYO);

  private static Snapshot sample() {
    FactStore store = new FactStore();
    store.add(NetworkRules.inbound(NetworkRules.tcp(22)).from("0.0.0.0/0", "::/0").on("sg-1"));
    store.add(new CryptoKey(Refs.aws("kms-key", "key-1"), Known.of("RSA_2048"),
        Known.of(Set.of(CryptoKey.KeyUsage.SIGN_VERIFY)), CryptoKey.KeyState.ENABLED, Known.of(true),
        CryptoKey.KeyProtection.SOFTWARE, Known.notOffered(), Known.notOffered(), Known.unread(),
        Known.of(List.of("RSASSA_PSS_SHA_256")), Known.of(List.of("RSASSA_PSS_SHA_256"))));
    store.add(new LogStore(Refs.aws("log-group", "/aws/trail"), true, Retention.unlimited(), Known.of(false)));
    store.add(new Principal(Refs.aws("global", "iam-role", "arn:aws:iam::1:role/x"),
        Principal.Kind.ROLE, "x", Known.of(false), Known.notOffered(), Known.notOffered(), "999988887777",
        Instant.parse("2026-01-02T03:04:05Z")));
    store.add(new ResourceLabel(Refs.aws("security-group", "sg-1"), "web", Known.of(Map.of("Name", "web", "kind", "x"))));
    Gap gap = new Gap(TOKYO, "guardduty", "ListDetectors", GapKind.ACCESS_DENIED, "denied",
        List.of("SecurityService"));
    ProviderRun run = new ProviderRun("aws", "arn:aws:sts::1:assumed-role/audit", Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T00:01:00Z"),
        List.of(ScannedScope.of(TOKYO, Scope.Level.LOCATION, List.of(), List.of("NetworkRule", "SecurityService.THREAT_DETECTION"))),
        List.of(new SkippedLocation(Refs.ACCOUNT, "us-east-1", SkipCause.NOT_SELECTED, "not selected")),
        Map.of("ec2:DescribeSecurityGroups", 3L));
    return new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, "test", Instant.parse("2026-01-01T00:01:00Z"),
        List.of(run)), store, List.of(gap));
  }

  private static byte[] bytes(Snapshot s) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SnapshotWriter().write(s, out);
    return out.toByteArray();
  }

  private static Snapshot read(byte[] b) throws InputException {
    return new SnapshotReader().read(new ByteArrayInputStream(b), "snap.json");
  }

  private static List<Fact> facts(Snapshot s) {
    List<Fact> all = new ArrayList<>();
    s.facts().kinds().forEach(k -> all.addAll(s.facts().all(k)));
    return all;
  }

  @Test
  void writeThenRead_isLossless() throws Exception {
    Snapshot original = sample();
    Snapshot back = read(bytes(original));
    assertThat(facts(back)).isEqualTo(facts(original));
    assertThat(back.gaps()).isEqualTo(original.gaps());
    assertThat(back.header()).isEqualTo(original.header());
  }

  @Test
  void cidrsAreWrittenAsText() throws Exception {
    assertThat(new String(bytes(sample()), StandardCharsets.UTF_8)).contains("\"0.0.0.0/0\"", "\"::/0\"");
  }

  @Test
  void rereadRule_keepsItsPeers() throws Exception {
    NetworkRule rule = read(bytes(sample())).facts().all(NetworkRule.class).get(0);
    assertThat(rule.sources()).contains(Peer.of(Cidr.parse("::/0")));
  }

  @Test
  void triState_unreadIsNull_notOfferedIsAMarker_knownIsTheValue() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8);
    assertThat(json).contains("\"deletionProtection\":null", "\"rotation\":{\"notOffered\":true}",
        "\"customerManaged\":true");
    CryptoKey k = read(bytes(sample())).facts().all(CryptoKey.class).get(0);
    assertThat(k.deletionProtection().isUnread()).isTrue();
    assertThat(k.rotation().isNotOffered()).isTrue();
    assertThat(k.customerManaged().is(true)).isTrue();
  }

  @Test
  void everyKeyIsUnique_theKindFieldOfAFactNoLongerRepeatsTheTag() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8);
    assertThat(json).contains("\"fact\":\"Principal\"", "\"kind\":\"ROLE\"");
    // the parser of a strict reader rejects any duplicate key: reading back proves uniqueness
    assertThat(read(bytes(sample())).facts().all(Principal.class)).hasSize(1);
  }

  @Test
  void duplicateKey_isRejected() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8)
        .replace("\"ruleId\"", "\"direction\":\"INBOUND\",\"ruleId\"");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("direction");
  }

  @Test
  void estate_comesFromTheRuns_neverFromTheFacts() throws Exception {
    Snapshot back = read(bytes(sample()));
    assertThat(back.facts().estate().locations()).containsExactly(TOKYO);
    // the account's global scope was not scanned; the account is still part of the estate
    assertThat(back.facts().estate().scanned(TOKYO.accountScope())).isEmpty();
    assertThat(back.facts().estate().accounts()).containsExactly(TOKYO.accountScope());
    assertThat(back.facts().estate().lookedFor(TOKYO, "SecurityService.THREAT_DETECTION")).isTrue();
    assertThat(back.facts().estate().lookedFor(TOKYO, "PasswordPolicy")).isFalse();
    assertThat(back.facts().estate().unexamined()).extracting(u -> u.scope().location()).containsExactly("us-east-1");
  }

  @Test
  void snapshotWithoutRuns_isRejected() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8).replaceFirst("\"runs\":\\[.*?\\],\"gaps\"",
        "\"runs\":[],\"gaps\"");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("runs").hasMessageContaining("without any provider run");
  }

  @Test
  void gapNamingAnUnknownFactKind_isRejected() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8)
        .replace("\"factKinds\":[\"SecurityService\"]", "\"factKinds\":[\"Mystery\"]");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("gaps[0].factKinds")
        .hasMessageContaining("unknown fact kind 'Mystery'");
  }

  @Test
  void scopeLookedForAnUnknownKind_isRejected() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8).replace("\"lookedFor\":[\"NetworkRule\"", "\"lookedFor\":[\"Mystery\"");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("lookedFor");
  }

  @Test
  void truncatedFile_namesTheProblem() throws Exception {
    byte[] full = bytes(sample());
    byte[] cut = java.util.Arrays.copyOf(full, full.length / 2);
    assertThatThrownBy(() -> read(cut)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("snap.json:").hasMessageContaining("truncated");
  }

  @Test
  void unknownFactField_namesFieldAndLine() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8)
        .replace("\"ruleId\"", "\"colour\":1,\"ruleId\"");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessageMatching("snap\\.json:\\d+:\\d+: field 'facts\\[0\\]\\.colour': unknown field.*");
  }

  @Test
  void missingFactField_isNamed() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8)
        .replace("\"ruleId\"", "\"ruleIdd\"");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("facts[0]").hasMessageContaining("is required but missing");
  }

  @Test
  void wrongType_namesField() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8)
        .replace("\"customerManaged\":true", "\"customerManaged\":[1,2]");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("customerManaged");
  }

  @Test
  void badCidr_isRejectedWithExpectation() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8).replace("\"0.0.0.0/0\"", "\"0.0.0.0/99\"");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("sources");
  }

  @Test
  void unknownKind_listsKnownKinds() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8).replace("\"fact\":\"LogStore\"", "\"fact\":\"Mystery\"");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("unknown fact kind");
  }

  @Test
  void newerFormat_isRejected() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8).replace("\"formatVersion\":2", "\"formatVersion\":9");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("unsupported format version 9");
  }
}
