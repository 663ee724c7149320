package cloudscan.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.engine.FactStore;
import cloudscan.core.fact.Cidr;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.Fact;
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
import org.junit.jupiter.api.Test;

class SnapshotRoundTripTest {

  private static final Scope TOKYO = new Scope(cloudscan.core.fact.Cloud.AWS, Refs.ACCOUNT, Refs.TOKYO);

  private static Snapshot sample() {
    FactStore store = new FactStore();
    store.add(NetworkRules.inbound(NetworkRules.tcp(22)).from("0.0.0.0/0", "::/0").on("sg-1"));
    store.add(new CryptoKey(Refs.aws("kms-key", "key-1"), "RSA_2048", CryptoKey.KeyUsage.SIGN_VERIFY,
        CryptoKey.KeyState.ENABLED, true, CryptoKey.KeyProtection.SOFTWARE, null, null, null,
        List.of("RSASSA_PSS_SHA_256")));
    store.add(new LogStore(Refs.aws("log-group", "/aws/trail"), true, Retention.unlimited(), false));
    store.add(new Principal(Refs.aws("global", "iam-role", "arn:aws:iam::1:role/x"),
        Principal.Kind.ROLE, "x", false, null, List.of(), "999988887777", Instant.parse("2026-01-02T03:04:05Z")));
    Gap gap = new Gap(TOKYO, "guardduty", "ListDetectors", GapKind.ACCESS_DENIED, "denied",
        List.of("SecurityService"));
    ProviderRun run = new ProviderRun("aws", "arn:aws:sts::1:assumed-role/audit", Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T00:01:00Z"), List.of(TOKYO), List.of(), Map.of("ec2:DescribeSecurityGroups", 3L));
    return new Snapshot(new SnapshotHeader(1, "test", Instant.parse("2026-01-01T00:01:00Z"), List.of(run)),
        store, List.of(gap));
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
  void rereadRule_keepsDomainLogic() throws Exception {
    NetworkRule rule = read(bytes(sample())).facts().all(NetworkRule.class).get(0);
    assertThat(rule.fromInternet()).isTrue();
    assertThat(rule.sources()).contains(Cidr.parse("::/0"));
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
        .replace("\"customerManaged\":true", "\"customerManaged\":\"yes please\"");
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
    String json = new String(bytes(sample()), StandardCharsets.UTF_8).replace("\"kind\":\"LogStore\"", "\"kind\":\"Mystery\"");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("unknown fact kind");
  }

  @Test
  void newerFormat_isRejected() throws Exception {
    String json = new String(bytes(sample()), StandardCharsets.UTF_8).replace("\"formatVersion\":1", "\"formatVersion\":9");
    assertThatThrownBy(() -> read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class).hasMessageContaining("unsupported format version 9");
  }
}
