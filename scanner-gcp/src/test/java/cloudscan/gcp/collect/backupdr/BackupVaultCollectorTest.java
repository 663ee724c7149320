package cloudscan.gcp.collect.backupdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.Known;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackupVaultCollectorTest {

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  private BackupVault vault(String body) {
    fake.get("/v1/projects/city-sandbox/locations/-/backupVaults", """
        {"backupVaults": [{"name": "projects/city-sandbox/locations/asia-northeast1/backupVaults/v", "backupCount": "5"%s}]}""".formatted(body));
    Collected out = new Collected();
    new BackupVaultCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out.one(BackupVault.class, "/backupVaults/v");
  }

  @Test
  void deniedList_isAFailedRead() {
    fake.fail("/v1/projects/city-sandbox/locations/-/backupVaults", 403, GcpFake.denied("backupdr.backupVaults.list"));
    assertThatThrownBy(() -> new BackupVaultCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"),
        new Collected())).isInstanceOf(GcpCall.GcpCallException.class);
  }

  @Test
  void unreachableLocations_areAGap_besideTheVaultsThatWereRead() {
    fake.get("/v1/projects/city-sandbox/locations/-/backupVaults", """
        {"backupVaults": [{"name": "projects/city-sandbox/locations/asia-northeast1/backupVaults/v"}],
         "unreachable": ["asia-northeast2"]}""");
    Collected out = new Collected();
    new BackupVaultCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    assertThat(out.all(BackupVault.class)).hasSize(1);
    assertThat(out.gaps()).singleElement().satisfies(g -> {
      assertThat(g.error().getMessage()).contains("asia-northeast2");
      assertThat(g.kinds()).contains(BackupVault.class);
    });
  }

  @Test
  void enforcedRetentionWithEffectiveTime_isLockedFromThen() {
    BackupVault v = vault(", \"backupMinimumEnforcedRetentionDuration\": \"2592000s\", \"effectiveTime\": \"2025-01-01T00:00:00Z\"");
    assertThat(v.immutability()).isEqualTo(Immutability.LOCKED);
    assertThat(v.lockEffectiveFrom()).isEqualTo(Known.of(Instant.parse("2025-01-01T00:00:00Z")));
    assertThat(v.minRetentionDays()).isEqualTo(Known.of(30));
    assertThat(v.recoveryPoints()).isEqualTo(Known.of(5L));
    assertThat(v.resource().location()).isEqualTo("asia-northeast1");
  }

  @Test
  void enforcedRetentionNotYetLocked_isUnlocked() {
    assertThat(vault(", \"backupMinimumEnforcedRetentionDuration\": \"86400s\"").immutability()).isEqualTo(Immutability.UNLOCKED);
  }

  @Test
  void noEnforcedRetention_isNotImmutable() {
    assertThat(vault("").immutability()).isEqualTo(Immutability.NONE);
  }

  @Test
  void vaultNamedWithTheProjectNumber_isNamedByTheProjectId_asPlansNameIt() {
    fake.get("/v1/projects/city-sandbox/locations/-/backupVaults", """
        {"backupVaults": [{"name": "projects/111111111111/locations/asia-northeast1/backupVaults/v"}]}""");
    Collected out = new Collected();
    new BackupVaultCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    assertThat(out.one(BackupVault.class, "/backupVaults/v").resource().id())
        .isEqualTo("projects/city-sandbox/locations/asia-northeast1/backupVaults/v");
  }
}
