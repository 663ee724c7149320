package cloudscan.checks.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.catalog.RequirementId;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class CryptoChecksTest {

  private final List<Check> checks = CryptoChecks.all();

  @Test
  void listsEveryCryptoCheckOnce() {
    assertThat(checks).extracting(c -> c.spec().id()).containsExactly(
        "crypto.key-too-weak", "crypto.key-rotation-off", "crypto.tls-too-old",
        "crypto.tls-weak-ciphers", "crypto.certificate-weak", "crypto.encryption-at-rest-off");
  }

  @Test
  void everyCheckServesRequirement36_andHasBothSideCars() {
    for (Check c : checks) {
      CheckSpec spec = c.spec();
      assertThat(spec.requirements()).as(spec.id()).containsExactly(RequirementId.of("3.6"));
      assertThat(spec.title().ja()).as(spec.id()).isNotBlank();
      assertThat(spec.remediation().en()).as(spec.id()).isNotBlank();
      for (String lang : List.of("ja", "en")) {
        String doc = "/cloudscan/checks/" + spec.id() + "." + lang + ".md";
        assertThat(CryptoChecksTest.class.getResource(doc)).as(doc).isNotNull();
      }
    }
  }
}
