package cloudscan.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

  @Test
  void everyThreshold_declaresItsStricterDirection() {
    assertThat(Thresholds.names()).containsExactly("logRetentionDays", "minPasswordLength", "patchWindowDays",
        "maxAccessKeyAgeDays", "unusedCredentialDays", "strength112EndsAfter");
    assertThat(Thresholds.STRICTER).containsOnlyKeys(Thresholds.names());
    assertThat(Thresholds.class.getRecordComponents()).hasSize(Thresholds.names().size());
  }

  @Test
  void shorterLogRetention_isLooser_longerIsTighter() {
    assertThat(Thresholds.DEFAULTS.with("logRetentionDays", "1").looserThan(Thresholds.DEFAULTS, "logRetentionDays"))
        .isTrue();
    assertThat(Thresholds.DEFAULTS.with("logRetentionDays", "730").looserThan(Thresholds.DEFAULTS, "logRetentionDays"))
        .isFalse();
  }

  @Test
  void longerPatchWindow_isLooser() {
    assertThat(Thresholds.DEFAULTS.with("patchWindowDays", "30").looserThan(Thresholds.DEFAULTS, "patchWindowDays"))
        .isTrue();
    assertThat(Thresholds.DEFAULTS.with("patchWindowDays", "3").looserThan(Thresholds.DEFAULTS, "patchWindowDays"))
        .isFalse();
  }

  @Test
  void laterEndOf112BitStrength_isLooser() {
    assertThat(Thresholds.DEFAULTS.with("strength112EndsAfter", "2035-12-31")
        .looserThan(Thresholds.DEFAULTS, "strength112EndsAfter")).isTrue();
    assertThat(Thresholds.DEFAULTS.with("strength112EndsAfter", "2028-12-31")
        .looserThan(Thresholds.DEFAULTS, "strength112EndsAfter")).isFalse();
  }

  @Test
  void shorterPassword_isLooser() {
    assertThat(Thresholds.DEFAULTS.with("minPasswordLength", "6").looserThan(Thresholds.DEFAULTS, "minPasswordLength"))
        .isTrue();
  }

  @Test
  void valueOf_givesEachValueAsText() {
    assertThat(Thresholds.DEFAULTS.valueOf("logRetentionDays")).isEqualTo("365");
    assertThat(Thresholds.DEFAULTS.valueOf("strength112EndsAfter")).isEqualTo("2030-12-31");
  }

  @Test
  void badValue_saysWhatWasExpected() {
    assertThatThrownBy(() -> Thresholds.DEFAULTS.with("strength112EndsAfter", "soon"))
        .hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(() -> Thresholds.DEFAULTS.with("logRetentionDays", "a year"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> Thresholds.DEFAULTS.with("retention", "1")).hasMessageContaining("logRetentionDays");
  }

  @Test
  void bundledCatalog_carriesTodaysDefaults() {
    assertThat(CatalogLoader.loadDefault().thresholds()).isEqualTo(Thresholds.DEFAULTS);
  }
}
