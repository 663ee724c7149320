package cloudscan.azure.collect;

import static cloudscan.azure.testing.AzureFake.SUB;
import static cloudscan.azure.testing.AzureFake.SUB2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.azure.testing.AzureFake;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.provider.ProviderConfig;
import cloudscan.core.provider.ProviderException;
import cloudscan.core.provider.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {

  private static final String OTHER = "0a0b0c0d-0000-4000-8000-00000000000e";

  private AzureFake fake;

  @BeforeEach
  void start() {
    fake = AzureFake.start();
    fake.get("/subscriptions", "subscriptions.json");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void byDefault_everyEnabledSubscription_andADisabledOneIsSkippedWithItsState() {
    Subscriptions.Plan plan = Subscriptions.plan(fake.clients(), List.of(), null);
    assertThat(List.of(plan.tenant(), plan.subscriptions(), plan.skipped().get(0).account(), plan.skipped().get(0).cause()))
        .containsExactly(AzureFake.TENANT, List.of(SUB), SUB2, SkipCause.NOT_ENABLED);
  }

  @Test
  void anotherTenantsSubscription_isListedAsNotScanned_withHowToScanIt() {
    Subscriptions.Plan plan = Subscriptions.plan(fake.clients(), List.of(), null);
    assertThat(plan.skipped()).anySatisfy(k -> assertThat(List.of(k.account(), k.cause(), k.reason().contains("--tenant")))
        .containsExactly(OTHER, SkipCause.OTHER_PARTITION, true));
  }

  @Test
  void aRequestedSubscriptionTheIdentityCannotSee_isStillScanned_soItsReadsBecomeGaps() {
    String unseen = "0f0f0f0f-0000-4000-8000-00000000000f";
    assertThat(Subscriptions.plan(fake.clients(), List.of(unseen), null).subscriptions()).containsExactly(unseen);
  }

  @Test
  void managementGroup_scansEverySubscriptionBelowIt() {
    fake.list("/providers/Microsoft.Management/managementGroups/city-vendors/descendants",
        "{\"id\":\"/providers/Microsoft.Management/managementGroups/city-vendors/subscriptions/" + SUB + "\","
            + "\"type\":\"Microsoft.Management/managementGroups/subscriptions\",\"name\":\"" + SUB + "\"}",
        "{\"id\":\"/providers/Microsoft.Management/managementGroups/team-a\","
            + "\"type\":\"Microsoft.Management/managementGroups\",\"name\":\"team-a\"}");
    assertThat(Subscriptions.plan(fake.clients(), List.of(), "city-vendors").subscriptions()).containsExactly(SUB);
  }

  @Test
  void targets_areTheTenantAndOneAccountPerSubscriptionBelowIt() {
    List<Target> t = AzureSessionFactory.targets(Subscriptions.plan(fake.clients(), List.of(), null));
    assertThat(List.of(t.get(0).level(), t.get(1).level(), t.get(1).account(), t.get(1).parents()))
        .containsExactly(Scope.Level.ORGANIZATION, Scope.Level.ACCOUNT, SUB, List.of(AzureFake.TENANT));
  }

  @Test
  void badOptions_areRefusedWithAClearMessage_beforeAnyCall() {
    assertThatThrownBy(() -> AzureSessionFactory.open(config(Map.of("subscription", "prod"))))
        .isInstanceOf(ProviderException.class).hasMessageContaining("--subscription 'prod' is not an ID");
    assertThatThrownBy(() -> AzureSessionFactory.open(config(Map.of("azure-cloud", "germany"))))
        .isInstanceOf(ProviderException.class).hasMessageContaining("public, china or usgov");
    assertThatThrownBy(() -> AzureSessionFactory.open(config(Map.of("azure-endpoint", "http://127.0.0.1:1"))))
        .isInstanceOf(ProviderException.class).hasMessageContaining("https://");
    assertThatThrownBy(() -> AzureSessionFactory.open(config(Map.of("azure-auth", "password"))))
        .isInstanceOf(ProviderException.class).hasMessageContaining("default, cli, env, managed-identity, workload-identity");
    assertThat(fake.requests()).isEmpty();
  }

  private static ProviderConfig config(Map<String, String> options) {
    return new ProviderConfig(List.of(), null, 4, options);
  }
}
