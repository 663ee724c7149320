package cloudscan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.checks.CoreChecks;
import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.catalog.RequirementId;
import cloudscan.core.check.Estate;
import cloudscan.core.check.EvalContext;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.core.fact.Scope;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.core.waiver.Attestation;
import cloudscan.testkit.NetworkRules;
import cloudscan.testkit.Refs;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z"); // 2026-06-01 in Tokyo

  private static Snapshot snapshot(Object... facts) {
    FactStore store = new FactStore();
    for (Object f : facts) {
      store.add((cloudscan.core.fact.Fact) f);
    }
    store.estate(Estate.builder().scanned(new Scope(cloudscan.core.fact.Cloud.AWS, Refs.ACCOUNT, Refs.TOKYO),
        Scope.Level.LOCATION, List.of(), List.of("NetworkRule")).build()); // attachments not collected: rule sets judged alone
    return new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, "t", NOW, List.of()), store, List.of());
  }

  /** An empty Tokyo scan that looked for the given fact kinds. */
  private static Snapshot emptyScanLookingFor(String... kinds) {
    FactStore store = new FactStore();
    store.estate(Estate.builder().scanned(new Scope(cloudscan.core.fact.Cloud.AWS, Refs.ACCOUNT, Refs.TOKYO),
        Scope.Level.LOCATION, List.of(), List.of(kinds)).build());
    return new Snapshot(new SnapshotHeader(SnapshotHeader.FORMAT_VERSION, "t", NOW, List.of()), store, List.of());
  }

  @Test
  void automatedRequirement_withNothingOfItsKindsWhereLookedFor_isNotApplicable() throws Exception {
    ScanResult r = evaluate(List.of(), emptyScanLookingFor("DataStore", "Replica", "BackupPlan", "Located"));
    assertThat(requirement(r, "3.7").status()).isEqualTo(RequirementStatus.NOT_APPLICABLE);
  }

  @Test
  void automatedRequirement_whoseKindsWereNeverLookedFor_isNotApplicableNeverMet() throws Exception {
    // False-MET case: nothing collected must never read as compliance.
    ScanResult r = evaluate(List.of(), emptyScanLookingFor());
    assertThat(requirement(r, "3.7").status()).isNotEqualTo(RequirementStatus.MET);
    assertThat(requirement(r, "3.13").status()).isEqualTo(RequirementStatus.UNKNOWN);
  }

  private static ScanResult evaluate(List<Attestation> attestations, Snapshot s) throws Exception {
    Catalog catalog = CatalogLoader.loadDefault();
    return new Evaluator(catalog, CoreChecks.all(), List.of(), attestations).evaluate(s, EvalContext.at(NOW));
  }

  private static Attestation attestation(String req, String attestedOn, String validUntil) {
    return new Attestation(RequirementId.of(req), "ISO/IEC 27001 certificate", List.of(), "vendor",
        LocalDate.parse(attestedOn), LocalDate.parse(validUntil), "test");
  }

  private static RequirementResult requirement(ScanResult r, String id) {
    return r.requirements().stream().filter(x -> x.requirement().id().equals(RequirementId.of(id))).findFirst().orElseThrow();
  }

  @Test
  void attestationDatedInTheFuture_isNotValidYet() throws Exception {
    ScanResult r = evaluate(List.of(attestation("2.1", "2026-06-02", "2027-01-01")), snapshot());
    assertThat(requirement(r, "2.1").attestationState()).isEqualTo(AttestationState.NOT_YET_VALID);
    assertThat(requirement(r, "2.1").status()).isEqualTo(RequirementStatus.ATTESTATION_REQUIRED);
  }

  @Test
  void attestationFromToday_isValid() throws Exception {
    ScanResult r = evaluate(List.of(attestation("2.1", "2026-06-01", "2027-01-01")), snapshot());
    assertThat(requirement(r, "2.1").status()).isEqualTo(RequirementStatus.MET);
  }

  @Test
  void aValidAttestationBeatsAFutureOneWithALaterEnd() throws Exception {
    ScanResult r = evaluate(List.of(attestation("2.1", "2026-01-01", "2026-12-31"),
        attestation("2.1", "2026-07-01", "2028-12-31")), snapshot());
    assertThat(requirement(r, "2.1").attestationState()).isEqualTo(AttestationState.VALID);
  }

  @Test
  void findingsCarryTheResourcesNameAndTags_butNotAsIdentity() throws Exception {
    var rule = NetworkRules.inbound(NetworkRules.tcp(22)).from("0.0.0.0/0").on("sg-1");
    var label = new ResourceLabel(rule.target(), "ops-ssh", Known.of(Map.of("team", "ops")));
    ScanResult labelled = evaluate(List.of(), snapshot(rule, label));
    Finding f = labelled.check("net.admin-port-open").orElseThrow().findings().get(0);
    assertThat(f.name()).isEqualTo("ops-ssh");
    assertThat(f.tags()).containsEntry("team", "ops");
    ScanResult bare = evaluate(List.of(), snapshot(rule));
    assertThat(Baseline.compare(bare, labelled).resolved()).isEmpty();
    assertThat(Baseline.Key.of(f)).isEqualTo(Baseline.Key.of(bare.check("net.admin-port-open").orElseThrow().findings().get(0)));
  }

  @Test
  void excludedCheck_makesItsRequirementsNotAssessed_neverMet() throws Exception {
    // 3.3 would be MET: the one rule is closed. Leaving out one of its checks must not read as met.
    Snapshot s = snapshot(NetworkRules.inbound(NetworkRules.tcp(22)).from("10.0.0.0/8").on("sg-1"));
    List<cloudscan.core.check.Check> all = CoreChecks.all();
    List<cloudscan.core.check.Check> run = all.stream()
        .filter(c -> !c.spec().id().equals("net.flow-logs-off")).toList();
    List<cloudscan.core.check.CheckSpec> excluded = all.stream().map(c -> c.spec())
        .filter(c -> c.id().equals("net.flow-logs-off")).toList();
    ScanResult full = new Evaluator(CatalogLoader.loadDefault(), all, List.of(), List.of())
        .evaluate(s, EvalContext.at(NOW));
    ScanResult partial = new Evaluator(CatalogLoader.loadDefault(), run, List.of(), List.of(), excluded)
        .evaluate(s, EvalContext.at(NOW));
    assertThat(requirement(partial, "3.3").status()).isEqualTo(RequirementStatus.NOT_ASSESSED);
    assertThat(requirement(partial, "3.2").status()).isIn(RequirementStatus.NOT_ASSESSED,
        RequirementStatus.NOT_MET, RequirementStatus.UNKNOWN);
    assertThat(requirement(partial, "3.4").status()).isEqualTo(requirement(full, "3.4").status());
  }

  @Test
  void excludedCheck_doesNotHideAFailureOfAnotherCheck() throws Exception {
    Snapshot s = snapshot(NetworkRules.inbound(NetworkRules.tcp(22)).from("0.0.0.0/0").on("sg-1"));
    List<cloudscan.core.check.CheckSpec> excluded = CoreChecks.all().stream().map(c -> c.spec())
        .filter(c -> c.id().equals("net.flow-logs-off")).toList();
    List<cloudscan.core.check.Check> run = CoreChecks.all().stream()
        .filter(c -> !c.spec().id().equals("net.flow-logs-off")).toList();
    ScanResult r = new Evaluator(CatalogLoader.loadDefault(), run, List.of(), List.of(), excluded)
        .evaluate(s, EvalContext.at(NOW));
    assertThat(requirement(r, "3.3").status()).isEqualTo(RequirementStatus.NOT_MET);
  }
}
