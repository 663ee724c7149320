package cloudscan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Estate;
import cloudscan.core.check.Expectation;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A per-region expectation judges every scanned region, and every scanned account that has no
 * region scopes of its own (a GCP project, collected account-wide): such an account is never
 * silently left out.
 */
class ExpectationScopesTest {

  private static final Expectation THREATS = Expectation.perLocation(SecurityService.class,
      SecurityService.Kind.THREAT_DETECTION).fail(Text.of("なし", "none"));

  private static Scope scope(Cloud c, String account, String location) {
    return new Scope(c, account, location);
  }

  @Test
  void accountWithoutRegionScopes_isJudgedAsItself() {
    Estate estate = Estate.builder()
        .scanned(scope(Cloud.GCP, "p1", "global"), Scope.Level.ACCOUNT, List.of(), List.of())
        .build();
    assertThat(CheckRunner.scopesOf(THREATS, estate)).containsExactly(scope(Cloud.GCP, "p1", "global"));
  }

  @Test
  void accountWithRegions_isJudgedPerRegionOnly_asBefore() {
    Estate estate = Estate.builder()
        .scanned(scope(Cloud.AWS, "111", "global"), Scope.Level.ACCOUNT, List.of(), List.of())
        .scanned(scope(Cloud.AWS, "111", "ap-northeast-1"), Scope.Level.LOCATION, List.of(), List.of())
        .build();
    assertThat(CheckRunner.scopesOf(THREATS, estate)).containsExactly(scope(Cloud.AWS, "111", "ap-northeast-1"));
  }

  @Test
  void organizations_areNeverJudgedAsRegions() {
    Estate estate = Estate.builder()
        .scanned(scope(Cloud.GCP, "organizations/1", "global"), Scope.Level.ORGANIZATION, List.of(), List.of())
        .build();
    assertThat(CheckRunner.scopesOf(THREATS, estate)).isEmpty();
  }
}
