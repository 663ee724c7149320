package cloudscan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.core.waiver.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

  private static final CheckSpec NET = CheckSpec.id("net.open").aliases("net.old-name")
      .title(Text.same("t")).remediation(Text.same("r")).severity(Severity.HIGH).requirements("3.3")
      .needs(Located.class).build();

  private static ResourceRef res(String id) {
    return ResourceRef.of(Cloud.AWS, "111122223333", "ap-northeast-1", "sg", id);
  }

  private static Finding f(String check, String id, Status s, String msg) {
    Waiver w = s == Status.WAIVED ? new Waiver(check, "*", null, null, Waiver.Category.WAIVER, "r", "a",
        LocalDate.of(2026, 1, 1), null, LocalDate.of(2026, 12, 31), "w") : null;
    return new Finding(check, res(id), s, Text.same(msg), w);
  }

  private static ScanResult result(CheckSpec spec, Finding... findings) {
    return new ScanResult(new SnapshotHeader(1, "t", Instant.EPOCH, List.of()),
        new Catalog("c", Text.same("c"), null, null, List.of(), List.of()), Instant.EPOCH, List.of(),
        List.of(new CheckOutcome(spec, List.of(findings), null)), List.of(), List.of());
  }

  @Test void sameCheckResourceAndStatus_isUnchanged_evenWithAnotherMessage() {
    ScanResult before = result(NET, f("net.open", "sg-1", Status.FAIL, "open since 3 days"));
    Finding now = f("net.open", "sg-1", Status.FAIL, "open since 4 days");
    Baseline b = Baseline.compare(before, result(NET, now));
    assertThat(b.mark(now)).isEqualTo(Baseline.Mark.UNCHANGED);
    assertThat(b.resolved()).isEmpty();
  }

  @Test void aStatusChange_isNewPlusResolved() {
    ScanResult before = result(NET, f("net.open", "sg-1", Status.FAIL, "m"));
    Finding now = f("net.open", "sg-1", Status.WARN, "m");
    Baseline b = Baseline.compare(before, result(NET, now));
    assertThat(b.mark(now)).isEqualTo(Baseline.Mark.NEW);
    assertThat(b.resolved()).singleElement().satisfies(r -> {
      assertThat(r.finding().status()).isEqualTo(Status.FAIL);
      assertThat(r.severity()).isEqualTo(Severity.HIGH);
      assertThat(r.requirements()).extracting(Object::toString).containsExactly("3.3");
    });
  }

  @Test void passAndWaived_areNotCompared() {
    ScanResult before = result(NET, f("net.open", "sg-1", Status.PASS, "m"), f("net.open", "sg-2", Status.WAIVED, "m"));
    Finding pass = f("net.open", "sg-3", Status.PASS, "m");
    Finding waived = f("net.open", "sg-4", Status.WAIVED, "m");
    Finding expired = f("net.open", "sg-2", Status.FAIL, "m");
    ScanResult now = result(NET, pass, waived, expired);
    Baseline b = Baseline.compare(before, now);
    assertThat(b.mark(pass)).isNull();
    assertThat(b.mark(waived)).isNull();
    assertThat(b.mark(expired)).as("a waiver that expired brings a new FAIL").isEqualTo(Baseline.Mark.NEW);
    assertThat(b.resolved()).isEmpty();
    assertThat(b.count(now, Baseline.Mark.NEW)).isEqualTo(1);
  }

  @Test void aFormerCheckId_inTheBaseline_matchesTheCurrentCheck() {
    CheckSpec old = CheckSpec.id("net.old-name").title(Text.same("t")).remediation(Text.same("r"))
        .severity(Severity.HIGH).requirements("3.3").needs(Located.class).build();
    ScanResult before = result(old, f("net.old-name", "sg-1", Status.FAIL, "m"));
    Finding now = f("net.open", "sg-1", Status.FAIL, "m");
    Baseline b = Baseline.compare(before, result(NET, now));
    assertThat(b.mark(now)).isEqualTo(Baseline.Mark.UNCHANGED);
    assertThat(b.resolved()).isEmpty();
  }

  @Test void aGoneFinding_isResolvedOnce_evenIfListedTwice() {
    ScanResult before = result(NET, f("net.open", "sg-1", Status.UNKNOWN, "a"), f("net.open", "sg-1", Status.UNKNOWN, "b"));
    Baseline b = Baseline.compare(before, result(NET));
    assertThat(b.resolved()).hasSize(1);
  }

  @Test void comparedWith_carriesTheBaseline() {
    ScanResult before = result(NET, f("net.open", "sg-1", Status.FAIL, "m"));
    ScanResult now = result(NET, f("net.open", "sg-2", Status.FAIL, "m"));
    assertThat(now.baseline()).isNull();
    ScanResult compared = now.comparedWith(before);
    assertThat(compared.baseline().isNew(compared.checks().get(0).findings().get(0))).isTrue();
    assertThat(compared.baseline().resolved()).hasSize(1);
  }
}
