package cloudscan.gcp.collect.backupdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.checks.backup.PlanMissing;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import cloudscan.gcp.collect.GcpCall;
import cloudscan.gcp.testing.Collected;
import cloudscan.gcp.testing.GcpFake;
import cloudscan.gcp.testing.GcpTesting;
import cloudscan.testkit.CheckTester;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Backup and DR plans and associations: what a plan protects, and never "protected" where that was not read. */
class BackupPlanCollectorTest {

  static final String PLANS = "/v1/projects/city-sandbox/locations/-/backupPlans";
  static final String ASSOCIATIONS = "/v1/projects/city-sandbox/locations/-/backupPlanAssociations";
  static final String INSTANCES = "/compute/v1/projects/city-sandbox/aggregated/instances";
  static final String PLAN = "projects/city-sandbox/locations/asia-northeast1/backupPlans/vm-daily";
  static final String VAULT = "projects/city-sandbox/locations/asia-northeast1/backupVaults/locked";
  static final String VM = "//compute.googleapis.com/projects/city-sandbox/zones/asia-northeast1-b/instances/app-1";
  static final String DISK = "//compute.googleapis.com/projects/city-sandbox/zones/asia-northeast1-b/disks/app-1";
  static final String ACCOUNT = "gcp/city-sandbox/global";

  private final GcpFake fake = new GcpFake();

  @AfterEach
  void stop() {
    fake.close();
  }

  /** A plan in {@code state} with the given backup rules (JSON). */
  static String plan(String state, String rules) {
    return """
        {"name": "%s", "resourceType": "compute.googleapis.com/Instance", "state": "%s", "backupVault": "%s",
         "backupRules": [%s]}""".formatted(PLAN, state, VAULT, rules);
  }

  static final String DAILY_35 = """
      {"ruleId": "daily", "backupRetentionDays": 35, "standardSchedule": {"recurrenceType": "DAILY",
        "timeZone": "Asia/Tokyo", "backupWindow": {"startHourOfDay": 1, "endHourOfDay": 5}}}""";

  /** An association of {@code resource} (a VM unless {@code type} says otherwise) with {@code plan}. */
  static String association(String resource, String type, String plan, String state) {
    return """
        {"name": "projects/city-sandbox/locations/asia-northeast1/backupPlanAssociations/a-%d",
         "resourceType": "%s", "resource": "%s", "backupPlan": "%s", "state": "%s"}"""
        .formatted(Math.abs(resource.hashCode()), type, resource, plan, state);
  }

  static String vmAssociation(String plan, String state) {
    return association(VM, "compute.googleapis.com/Instance", plan, state);
  }

  Collected collect(String plans, String associations) {
    fake.get(PLANS, "{\"backupPlans\": [" + plans + "]}")
        .get(ASSOCIATIONS, "{\"backupPlanAssociations\": [" + associations + "]}")
        .get(INSTANCES, """
            {"items": {"zones/asia-northeast1-b": {"instances": [{"name": "app-1",
              "zone": "https://www.googleapis.com/compute/v1/projects/city-sandbox/zones/asia-northeast1-b",
              "disks": [{"boot": true, "source": "https://www.googleapis.com/compute/v1/projects/city-sandbox/zones/asia-northeast1-b/disks/app-1"}]}]}}}""");
    Collected out = new Collected();
    new BackupPlanCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    return out;
  }

  /** backup.plan-missing over the collected plans and the VM's disk as the project's one data store. */
  static CheckTester.Run planMissing(Collected out) {
    DataStore disk = new DataStore(ResourceRef.of(Cloud.GCP, "city-sandbox", "asia-northeast1", "compute.googleapis.com/Disk", DISK),
        StoreKind.BLOCK_STORAGE, Known.of(false));
    return CheckTester.of(new PlanMissing()).given(out.facts()).and(disk).inScope(ACCOUNT);
  }

  @Test
  void deniedPlanList_isAFailedRead_neverNoPlans() {
    fake.fail(PLANS, 403, GcpFake.denied("backupdr.backupPlans.list"));
    assertThatThrownBy(() -> new BackupPlanCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"),
        new Collected())).isInstanceOf(GcpCall.GcpCallException.class).hasMessageContaining("backupdr.backupPlans.list");
  }

  @Test
  void deniedAssociationList_isAFailedRead_neverPlansThatProtectNothing() {
    fake.get(PLANS, "{\"backupPlans\": [" + plan("ACTIVE", DAILY_35) + "]}")
        .fail(ASSOCIATIONS, 403, GcpFake.denied("backupdr.backupPlanAssociations.list"));
    assertThatThrownBy(() -> new BackupPlanCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"),
        new Collected())).isInstanceOf(GcpCall.GcpCallException.class)
        .hasMessageContaining("backupdr.backupPlanAssociations.list");
  }

  @Test
  void unreachableLocations_areAGap_besideThePlansThatWereRead() {
    fake.get(PLANS, "{\"backupPlans\": [" + plan("ACTIVE", DAILY_35) + "], \"unreachable\": [\"asia-northeast2\"]}")
        .get(ASSOCIATIONS, "{\"unreachable\": [\"us-central1\"]}");
    Collected out = new Collected();
    new BackupPlanCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    assertThat(out.all(BackupPlan.class)).hasSize(1);
    assertThat(out.gaps()).hasSize(2).allSatisfy(g -> assertThat(g.kinds()).containsExactly(BackupPlan.class));
    assertThat(out.gaps()).extracting(g -> g.error().getMessage())
        .anySatisfy(m -> assertThat(m).contains("asia-northeast2", "backup plans"))
        .anySatisfy(m -> assertThat(m).contains("us-central1", "backup plan associations"));
  }

  @Test
  void planWithoutAssociations_protectsNothing() {
    Collected out = collect(plan("ACTIVE", DAILY_35), "");
    assertThat(out.one(BackupPlan.class, PLAN).selections()).isEqualTo(Known.of(List.of()));
    planMissing(out).expectFail(ACCOUNT);
  }

  @Test
  void associationWithAnInactivePlan_protectsNothing() {
    Collected out = collect(plan("INACTIVE", DAILY_35), vmAssociation(PLAN, "ACTIVE"));
    assertThat(out.all(BackupPlan.class)).isEmpty();
    planMissing(out).expectFail(ACCOUNT).expectMessageContains(ACCOUNT, "no backup plan");
  }

  @Test
  void associationWithAnUnlistedPlanOfThisProject_protectsNothing() {
    Collected out = collect(plan("ACTIVE", DAILY_35), vmAssociation(PLAN.replace("vm-daily", "deleted"), "ACTIVE"));
    assertThat(out.one(BackupPlan.class, PLAN).selections()).isEqualTo(Known.of(List.of()));
    planMissing(out).expectFail(ACCOUNT);
  }

  @Test
  void inactiveAssociation_protectsNothing() {
    Collected out = collect(plan("ACTIVE", DAILY_35), vmAssociation(PLAN, "INACTIVE"));
    planMissing(out).expectFail(ACCOUNT);
  }

  @Test
  void planWithOnlyOnDemandRules_backsNothingUpByItself() {
    Collected out = collect(plan("ACTIVE", "{\"ruleId\": \"on-demand\", \"backupRetentionDays\": 3650}"),
        vmAssociation(PLAN, "ACTIVE"));
    assertThat(out.one(BackupPlan.class, PLAN).retentionDays()).isEqualTo(Known.of(0));
    planMissing(out).expectFail(ACCOUNT);
  }

  @Test
  void associationWithAnotherProjectsPlan_isUnknown_neverProtected() {
    String central = "projects/city-backup/locations/asia-northeast1/backupPlans/central";
    Collected out = collect("", vmAssociation(central, "ACTIVE"));
    BackupPlan p = out.one(BackupPlan.class, central);
    assertThat(p.resource().account()).isEqualTo("city-sandbox");
    assertThat(p.selections()).isEqualTo(Known.unread());
    assertThat(p.copies()).isEqualTo(Known.unread());
    planMissing(out).expectUnknownFor(ACCOUNT);
  }

  @Test
  void unreadableInstances_leaveAVmPlansSelectionUnknown_neverNone() {
    fake.get(PLANS, "{\"backupPlans\": [" + plan("ACTIVE", DAILY_35) + "]}")
        .get(ASSOCIATIONS, "{\"backupPlanAssociations\": [" + vmAssociation(PLAN, "ACTIVE") + "]}")
        .fail(INSTANCES, 403, GcpFake.denied("compute.instances.list"));
    Collected out = new Collected();
    new BackupPlanCollector(GcpTesting.context(fake)).collect(GcpTesting.project("city-sandbox"), out);
    assertThat(out.one(BackupPlan.class, PLAN).selections()).isEqualTo(Known.unread());
    planMissing(out).expectUnknownFor(ACCOUNT);
  }

  @Test
  void activePlanProtectingAVm_selectsTheVmAndItsDisks_writesToItsVault() {
    String onDemand = "{\"ruleId\": \"keep-long\", \"backupRetentionDays\": 3650}";
    String weekly = DAILY_35.replace("\"daily\"", "\"weekly\"").replace("35", "90").replace("DAILY", "WEEKLY");
    Collected out = collect(plan("UPDATING", DAILY_35 + ", " + weekly + ", " + onDemand), vmAssociation(PLAN, "ACTIVE"));
    BackupPlan p = out.one(BackupPlan.class, PLAN);
    assertThat(p.resource().location()).isEqualTo("asia-northeast1");
    assertThat(p.retentionDays()).isEqualTo(Known.of(90));
    assertThat(p.vaults()).containsExactly(VAULT);
    assertThat(p.knownCopies()).containsExactly(new BackupPlan.Copy("city-sandbox", "asia-northeast1", VAULT));
    assertThat(p.selects(VM, null)).isTrue();
    assertThat(p.selects(DISK, null)).isTrue();
    assertThat(p.selects(DISK.replace("app-1", "other"), null)).isFalse();
    planMissing(out).expectPass(ACCOUNT);
  }
}
