package cloudscan.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.check.Estate;
import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.CryptoKey;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.PasswordPolicy;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.input.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Version-1 snapshots are evidence the city has archived: they keep loading. The fixture is the
 * demo snapshot written by the last version-1 release (duplicate "kind" keys included).
 */
class SnapshotV1Test {

  private static Snapshot archivedDemo() throws Exception {
    try (InputStream in = SnapshotV1Test.class.getResourceAsStream("/compat/v1-demo-snapshot.json")) {
      return new SnapshotReader().read(in, "v1-demo-snapshot.json");
    }
  }

  private static Snapshot read(String json) throws InputException {
    return new SnapshotReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "v1.json");
  }

  private static String v1(String gaps, String facts) {
    return "{\"format\":\"cloudscan-snapshot\",\"formatVersion\":1,\"toolVersion\":\"0.1.0\","
        + "\"createdAt\":\"2026-11-20T00:30:00Z\",\"runs\":[{\"provider\":\"aws\",\"identity\":\"me\","
        + "\"startedAt\":null,\"finishedAt\":null,\"scopes\":[{\"cloud\":\"aws\",\"account\":\"1\",\"location\":\"global\"},"
        + "{\"cloud\":\"aws\",\"account\":\"1\",\"location\":\"ap-northeast-1\"}],"
        + "\"skipped\":[{\"account\":\"1\",\"location\":\"us-east-1\",\"reason\":\"not selected\"},"
        + "{\"account\":\"1\",\"location\":\"af-south-1\",\"reason\":\"region not enabled\"}],\"apiCalls\":{}}],"
        + "\"gaps\":[" + gaps + "],\"facts\":[" + facts + "]}";
  }

  private static final String ROOT_NO_KEYS = "{\"kind\":\"Principal\",\"resource\":{\"cloud\":\"aws\",\"account\":\"1\","
      + "\"location\":\"global\",\"type\":\"root\",\"id\":\"root\"},\"kind\":\"ROOT\",\"name\":\"root\","
      + "\"consoleAccess\":true,\"mfaEnabled\":null,\"accessKeys\":[],\"externalParty\":null,\"lastUsed\":null}";

  private static final String PRINCIPAL_GAP = "{\"scope\":{\"cloud\":\"aws\",\"account\":\"1\",\"location\":\"global\"},"
      + "\"service\":\"iam\",\"operation\":\"GetAccountSummary\",\"kind\":\"ACCESS_DENIED\",\"message\":\"denied\","
      + "\"factKinds\":[\"Principal\"]}";

  @Test
  void archivedDemoSnapshot_loads_withTheDuplicateKindKeys() throws Exception {
    Snapshot s = archivedDemo();
    assertThat(s.header().formatVersion()).isEqualTo(1);
    assertThat(s.facts().all(Principal.class)).extracting(Principal::kind)
        .contains(Principal.Kind.ROOT, Principal.Kind.USER, Principal.Kind.ROLE);
    assertThat(s.facts().size()).isGreaterThan(50);
  }

  @Test
  void archivedDemoSnapshot_listedScopesWereLookedAtForEverything() throws Exception {
    Estate e = archivedDemo().facts().estate();
    Scope tokyo = new Scope(cloudscan.core.fact.Cloud.AWS, "210987654321", "ap-northeast-1");
    assertThat(e.locations()).contains(tokyo);
    assertThat(e.lookedFor(tokyo, "SecurityService.THREAT_DETECTION")).isTrue();
    assertThat(e.skipped()).extracting(Estate.Unexamined::cause)
        .containsExactlyInAnyOrder(SkipCause.NOT_ENABLED, SkipCause.OTHER_PARTITION);
  }

  @Test
  void archivedDemoSnapshot_writesBackAsVersion2_andReadsAgainTheSame() throws Exception {
    Snapshot v1 = archivedDemo();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SnapshotWriter().write(v1, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json).contains("\"formatVersion\":2").doesNotContain("\"kind\":\"Principal\"");
    Snapshot v2 = new SnapshotReader().read(new ByteArrayInputStream(out.toByteArray()), "v2.json");
    assertThat(v2.facts().size()).isEqualTo(v1.facts().size());
    assertThat(v2.facts().all(CryptoKey.class)).isEqualTo(v1.facts().all(CryptoKey.class));
  }

  @Test
  void nullMeansNotRead() throws Exception {
    Principal root = read(v1("", ROOT_NO_KEYS)).facts().all(Principal.class).get(0);
    assertThat(root.mfa().isUnread()).isTrue();
  }

  @Test
  void emptyListMeansNone_withoutAGap() throws Exception {
    Principal root = read(v1("", ROOT_NO_KEYS)).facts().all(Principal.class).get(0);
    assertThat(root.accessKeys().is(java.util.List.of())).isTrue();
  }

  @Test
  void emptyListMeansNotRead_whereTheSameScopeHasAGapForTheKind() throws Exception {
    Principal root = read(v1(PRINCIPAL_GAP, ROOT_NO_KEYS)).facts().all(Principal.class).get(0);
    assertThat(root.accessKeys().isUnread()).isTrue();
    assertThat(root.consoleAccess().is(true)).isTrue(); // true was read, gap or not
  }

  @Test
  void factsBeforeGaps_areUpgradedWithTheGapsAnyway() throws Exception {
    String json = v1(PRINCIPAL_GAP, ROOT_NO_KEYS);
    String reordered = json.replaceFirst("(\"gaps\":\\[.*?\\]),(\"facts\":\\[.*\\])\\}$", "$2,$1}");
    assertThat(reordered).isNotEqualTo(json);
    assertThat(read(reordered).facts().all(Principal.class).get(0).accessKeys().isUnread()).isTrue();
  }

  @Test
  void skipReasonsInWords_becomeCauses() throws Exception {
    Estate e = read(v1("", "")).facts().estate();
    assertThat(e.unexamined()).extracting(u -> u.scope().location()).containsExactly("us-east-1");
  }

  @Test
  void v1PeerGroups_becomeGroupsAndPrefixListsUnresolvedLists() throws Exception {
    String rule = "{\"kind\":\"NetworkRule\",\"target\":{\"cloud\":\"aws\",\"account\":\"1\",\"location\":\"ap-northeast-1\","
        + "\"type\":\"sg\",\"id\":\"sg-1\"},\"ruleId\":\"r\",\"direction\":\"INBOUND\",\"action\":\"ALLOW\","
        + "\"protocol\":\"TCP\",\"ports\":[],\"sources\":[\"10.0.0.0/8\"],\"peerGroups\":[\"sg-2\",\"pl-0abc\"],\"priority\":null}";
    NetworkRule r = read(v1("", rule)).facts().all(NetworkRule.class).get(0);
    assertThat(r.sources()).containsExactly(Peer.cidr("10.0.0.0/8"), new Peer.Group("sg-2"), new Peer.ListRef("pl-0abc"));
    assertThat(r.portsLabel()).isEqualTo("tcp/all"); // v1: no ports meant every port
  }

  @Test
  void v1IntegrityValidationNull_isNotOfferedOutsideAws_unreadOnAws() throws Exception {
    String azure = "{\"kind\":\"AuditTrail\",\"resource\":{\"cloud\":\"azure\",\"account\":\"s\",\"location\":\"global\","
        + "\"type\":\"diag\",\"id\":\"d\"},\"allLocations\":true,\"logging\":true,\"integrityValidation\":null,"
        + "\"managementEvents\":true,\"destination\":\"law\"}";
    String aws = azure.replace("\"cloud\":\"azure\"", "\"cloud\":\"aws\"").replace("\"id\":\"d\"", "\"id\":\"t\"");
    var trails = read(v1("", azure + "," + aws)).facts().all(AuditTrail.class);
    assertThat(trails.get(0).integrityValidation().isNotOffered()).isTrue();
    assertThat(trails.get(1).integrityValidation().isUnread()).isTrue();
  }

  @Test
  void v1MissingPasswordPolicy_isTheProvidersDocumentedDefault() throws Exception {
    String absent = "{\"kind\":\"PasswordPolicy\",\"resource\":{\"cloud\":\"aws\",\"account\":\"1\",\"location\":\"global\","
        + "\"type\":\"pp\",\"id\":\"pp\"},\"present\":false,\"minLength\":0,\"requireUppercase\":false,"
        + "\"requireLowercase\":false,\"requireDigits\":false,\"requireSymbols\":false}";
    PasswordPolicy p = read(v1("", absent)).facts().all(PasswordPolicy.class).get(0);
    assertThat(p.source()).isEqualTo(PasswordPolicy.Source.PROVIDER_DEFAULT);
    assertThat(p.minClasses()).isEqualTo(3);
  }

  @Test
  void v1FalseServiceState_inAScopeWithAGap_isNotRead() throws Exception {
    String off = "{\"kind\":\"SecurityService\",\"resource\":{\"cloud\":\"aws\",\"account\":\"1\",\"location\":\"global\","
        + "\"type\":\"gd\",\"id\":\"gd\"},\"kind\":\"THREAT_DETECTION\",\"enabled\":false,\"detail\":\"x\"}";
    String gap = PRINCIPAL_GAP.replace("\"Principal\"", "\"SecurityService\"");
    assertThat(read(v1(gap, off)).facts().all(SecurityService.class).get(0).enabled().isUnread()).isTrue();
    assertThat(read(v1("", off)).facts().all(SecurityService.class).get(0).enabled().is(false)).isTrue();
  }

  @Test
  void aSecondKindThatIsNotTheTag_isAnError_otherDuplicatesToo() {
    String twice = ROOT_NO_KEYS.replace("\"name\":\"root\"", "\"name\":\"root\",\"name\":\"again\"");
    assertThatThrownBy(() -> read(v1("", twice))).isInstanceOf(InputException.class).hasMessageContaining("appears twice");
  }
}
