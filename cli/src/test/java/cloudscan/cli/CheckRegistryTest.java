package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.catalog.AssessmentKind;
import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Fails when a check is unregistered, untested, undocumented or points at a missing requirement. */
class CheckRegistryTest {

  private final List<Check> checks = Registry.load().checks();
  private final Catalog catalog = CatalogLoader.loadDefault();

  @Test
  void idsAreUnique_includingFormerIds() {
    List<String> all = new ArrayList<>();
    checks.forEach(c -> {
      all.add(c.spec().id());
      all.addAll(c.spec().aliases());
    });
    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void idsFollowTheGrammar() {
    assertThat(checks).allSatisfy(c -> assertThat(c.spec().id()).matches(CheckSpec.ID_FORM));
  }

  @Test
  void everyCheckHasATestClass() {
    List<String> untested = checks.stream().map(c -> c.getClass().getName())
        .filter(n -> !exists(n + "Test")).toList();
    assertThat(untested).as("checks without a <Class>Test").isEmpty();
  }

  @Test
  void everyCheckHasBilingualTitlesAndSideCars() {
    for (Check c : checks) {
      CheckSpec s = c.spec();
      assertThat(s.title().ja()).as(s.id() + " ja title").isNotBlank();
      assertThat(s.title().en()).as(s.id() + " en title").isNotBlank();
      assertThat(s.remediation().ja()).as(s.id() + " ja remediation").isNotBlank();
      assertThat(s.remediation().en()).as(s.id() + " en remediation").isNotBlank();
      assertThat(DocsGenerator.sideCar(s.id(), "ja")).as(s.id() + ".ja.md").isNotBlank();
      assertThat(DocsGenerator.sideCar(s.id(), "en")).as(s.id() + ".en.md").isNotBlank();
    }
  }

  @Test
  void everyRequirementIdExistsInTheCatalog() {
    assertThat(checks).allSatisfy(c -> assertThat(c.spec().requirements())
        .allSatisfy(r -> assertThat(catalog.contains(r)).as(c.spec().id() + " → " + r).isTrue()));
  }

  @Test
  void everyAutoAndPartialRequirementHasACheck() {
    Set<String> covered = checks.stream().flatMap(c -> c.spec().requirements().stream())
        .map(Object::toString).collect(Collectors.toSet());
    List<String> uncovered = catalog.requirements().stream()
        .filter(r -> r.assessment() != AssessmentKind.ATTEST)
        .map(Requirement::id).map(Object::toString)
        .filter(id -> !covered.contains(id)).toList();
    assertThat(uncovered).isEmpty();
  }

  @Test
  void everyCheckClassInTheSourceTreeIsRegistered() {
    Set<String> registered = new HashSet<>();
    checks.forEach(c -> registered.add(c.getClass().getName()));
    Set<String> found = new TreeSet<>();
    for (JavaClass jc : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("cloudscan")) {
      boolean testFixture = jc.getName().contains("Test"); // test-jar classes are not production checks
      if (!testFixture && jc.isAssignableTo(Check.class) && !jc.isInterface()
          && !jc.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
        found.add(jc.getName());
      }
    }
    found.removeAll(registered);
    assertThat(found).as("Check classes no list registers").isEmpty();
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
