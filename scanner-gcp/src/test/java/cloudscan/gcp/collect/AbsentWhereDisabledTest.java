package cloudscan.gcp.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Scope;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import cloudscan.gcp.collect.sqladmin.CloudSqlCollector;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SERVICE_DISABLED in the scanned project (111111111111 = city-sandbox) is "none" only when Cloud
 * Asset answers and lists nothing of that API there; every other case stays a gap.
 */
class AbsentWhereDisabledTest {

  private static final String SQL = "/v1/projects/city-sandbox/instances";
  private static final String SEARCH = "/v1/projects/city-sandbox:searchAllResources";
  private static final String SQLADMIN = "sqladmin.googleapis.com";

  private final GcpFake fake = new GcpFake();
  private final GcpContext ctx = GcpTesting.context(fake);

  @AfterEach
  void stop() {
    fake.close();
  }

  private Collected collect(Collector c) throws Exception {
    Collected out = new Collected();
    new AbsentWhereDisabled(c, ctx, SQLADMIN).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  private void sqlDisabledIn(String consumer) {
    fake.fail(SQL, 403, GcpFake.disabled(SQLADMIN, consumer));
  }

  private void assetAnswers(String body) {
    fake.stub(WireMock.get(WireMock.urlPathEqualTo(SEARCH)).withQueryParam("assetTypes",
        WireMock.equalTo("sqladmin\\.googleapis\\.com/.*")).withQueryParam("pageSize", WireMock.equalTo("1")), body);
  }

  @Test
  void apiOffInTheProject_andAssetListsNone_isNone() throws Exception {
    sqlDisabledIn("projects/111111111111");
    assetAnswers("{}");
    Collected out = collect(new CloudSqlCollector(ctx));
    assertThat(out.all(DataStore.class)).isEmpty();
    assertThat(fake.count("GET", SEARCH)).isEqualTo(1);
  }

  @Test
  void apiOffButAssetListsAnInstance_staysAGap() {
    sqlDisabledIn("projects/111111111111");
    assetAnswers("""
        {"results": [{"name": "//cloudsql.googleapis.com/projects/city-sandbox/instances/legacy-db",
          "assetType": "sqladmin.googleapis.com/Instance", "project": "projects/111111111111", "location": "asia-northeast1"}]}""");
    assertThatThrownBy(() -> collect(new CloudSqlCollector(ctx))).isInstanceOf(GcpCall.GcpCallException.class)
        .hasMessageContaining("cloudsql.instances.list");
  }

  @Test
  void apiOffButAssetCannotBeAsked_staysAGap() {
    sqlDisabledIn("projects/111111111111");
    fake.fail(SEARCH, 403, GcpFake.disabled("cloudasset.googleapis.com", "projects/111111111111"));
    assertThatThrownBy(() -> collect(new CloudSqlCollector(ctx))).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void apiOffInTheQuotaProject_staysAGap_withoutAskingAsset() {
    sqlDisabledIn("projects/999999999999");
    assetAnswers("{}");
    assertThatThrownBy(() -> collect(new CloudSqlCollector(ctx))).isInstanceOf(GcpCall.GcpCallException.class);
    assertThat(fake.count("GET", SEARCH)).isZero();
  }

  @Test
  void permissionDenied_staysAGap() {
    fake.fail(SQL, 403, GcpFake.denied("cloudsql.instances.list"));
    assetAnswers("{}");
    assertThatThrownBy(() -> collect(new CloudSqlCollector(ctx))).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void anotherApiOff_staysAGap() {
    fake.fail(SQL, 403, GcpFake.disabled("compute.googleapis.com", "projects/111111111111"));
    assetAnswers("{}");
    assertThatThrownBy(() -> collect(new CloudSqlCollector(ctx))).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void factsAlreadyEmitted_thenApiOff_staysAGap() {
    sqlDisabledIn("projects/111111111111");
    assetAnswers("{}");
    Collector half = new Collector() {
      @Override
      public String service() {
        return "sqladmin";
      }

      @Override
      public Set<Class<? extends Fact>> produces() {
        return Set.of(DataStore.class);
      }

      @Override
      public Scope.Level level() {
        return Scope.Level.ACCOUNT;
      }

      @Override
      public void collect(Target target, FactSink out) throws Exception {
        out.accept(new DataStore(GcpContext.ref(target, "asia-northeast1", "sqladmin.googleapis.com/Instance", "db-1"),
            cloudscan.core.fact.StoreKind.DATABASE, cloudscan.core.fact.Known.of(true)));
        new CloudSqlCollector(ctx).collect(target, out);
      }
    };
    assertThatThrownBy(() -> collect(half)).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void theWrapperKeepsWhatTheCollectorLooksFor() {
    CloudSqlCollector inner = new CloudSqlCollector(ctx);
    AbsentWhereDisabled outer = new AbsentWhereDisabled(inner, ctx, SQLADMIN);
    assertThat(outer.looksFor()).isEqualTo(inner.looksFor());
    assertThat(outer.produces()).isEqualTo(inner.produces());
    assertThat(outer.level()).isEqualTo(inner.level());
    assertThat(outer.service()).isEqualTo(inner.service());
  }
}
