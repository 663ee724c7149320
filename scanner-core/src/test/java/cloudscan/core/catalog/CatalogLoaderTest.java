package cloudscan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloudscan.core.input.InputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {

  @Test
  void bundledCatalog_hasAll24ItemsInOrder() {
    Catalog c = CatalogLoader.loadDefault();
    List<String> ids = c.requirements().stream().map(r -> r.id().value()).toList();
    assertThat(ids).hasSize(24).startsWith("1.1", "1.2", "2.1").endsWith("3.12", "3.13");
  }

  @Test
  void bundledCatalog_keepsJapaneseSourceText() {
    Requirement r = CatalogLoader.loadDefault().find(RequirementId.of("1.1")).orElseThrow();
    assertThat(r.text().ja()).isEqualTo("情報の取扱い場所は国内かつ国内法の適用範囲のみを可能とすること。");
    assertThat(r.label()).isEqualTo("１（１）");
    assertThat(r.assessment()).isEqualTo(AssessmentKind.AUTO);
  }

  @Test
  void advisoryFlag_isRead() {
    assertThat(CatalogLoader.loadDefault().find(RequirementId.of("3.7")).orElseThrow().advisory()).isTrue();
  }

  private static final String GOOD = """
      {"schemaVersion": 1, "id": "x", "titleJa": "t", "titleEn": "t",
       "sections": [
         {"number": 1, "titleJa": "s", "titleEn": "s", "items": [
           {"id": "1.1", "textJa": "a", "textEn": "a", "assessment": "AUTO"},
           {"id": "1.2", "textJa": "b", "textEn": "b", "assessment": "ATTEST"}
         ]}
       ]}
      """;

  private static Catalog parse(String json) throws InputException {
    return CatalogLoader.parse(json.getBytes(StandardCharsets.UTF_8), "cat.json");
  }

  @Test
  void otherCatalog_loads() throws Exception {
    assertThat(parse(GOOD).requirements()).hasSize(2);
  }

  @Test
  void duplicateId_namesLineAndField() {
    assertThatThrownBy(() -> parse(GOOD.replace("\"1.2\"", "\"1.1\"")))
        .isInstanceOf(InputException.class)
        .hasMessage("cat.json:5: field 'sections[0].items[1].id': duplicate requirement ID 1.1");
  }

  @Test
  void badAssessment_listsExpectedValues() {
    assertThatThrownBy(() -> parse(GOOD.replace("\"ATTEST\"", "\"MAYBE\"")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("cat.json:5:")
        .hasMessageContaining("assessment")
        .hasMessageContaining("AUTO, PARTIAL, ATTEST");
  }

  @Test
  void unknownField_isRejected() {
    assertThatThrownBy(() -> parse(GOOD.replace("\"textEn\": \"a\"", "\"textEn\": \"a\", \"colour\": 1")))
        .isInstanceOf(InputException.class).hasMessageContaining("unknown field 'colour'");
  }

  @Test
  void truncated_isRejected() {
    assertThatThrownBy(() -> parse(GOOD.substring(0, 120)))
        .isInstanceOf(InputException.class).hasMessageContaining("cat.json:");
  }

  @Test
  void malformedId_isRejected() {
    assertThatThrownBy(() -> parse(GOOD.replace("\"1.2\"", "\"one\"")))
        .isInstanceOf(InputException.class).hasMessageContaining("expected N.M");
  }

  @Test
  void thresholdsBlock_setsTheCatalogsValues_othersKeepTheDefaults() throws Exception {
    Catalog c = parse(GOOD.replaceFirst("\"sections\"", "\"thresholds\": {\"logRetentionDays\": 730}, \"sections\""));
    assertThat(c.thresholds().logRetentionDays()).isEqualTo(730);
    assertThat(c.thresholds().patchWindowDays())
        .isEqualTo(cloudscan.core.check.Thresholds.DEFAULTS.patchWindowDays());
  }

  @Test
  void unknownThreshold_isRejectedWithItsField() {
    assertThatThrownBy(() -> parse(GOOD.replaceFirst("\"sections\"", "\"thresholds\": {\"retention\": 1}, \"sections\"")))
        .hasMessageContaining("retention").hasMessageContaining("logRetentionDays");
  }
}
