package cloudscan.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import cloudscan.core.check.Check;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.time.Instant;

@AnalyzeClasses(packages = "cloudscan",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

  /** Test kits of other modules (scanner-core, scanner-aws test-jars) are not production code. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }
  }

  @ArchTest
  static final ArchRule core_knows_no_cloud = noClasses()
      .that().resideInAnyPackage("cloudscan.core..", "cloudscan.checks..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "software.amazon.awssdk..", "com.azure..", "com.google.cloud..", "cloudscan.report..",
          "cloudscan.aws..", "cloudscan.azure..", "cloudscan.gcp..", "cloudscan.cli..")
      .because("snapshots are judged offline, without any cloud SDK");

  @ArchTest
  static final ArchRule providers_are_islands =
      slices().matching("cloudscan.(aws|azure|gcp)..").should().notDependOnEachOther();

  @ArchTest
  static final ArchRule providers_know_no_reports = noClasses()
      .that().resideInAnyPackage("cloudscan.aws..", "cloudscan.azure..", "cloudscan.gcp..")
      .should().dependOnClassesThat().resideInAnyPackage("cloudscan.report..", "cloudscan.cli..");

  @ArchTest
  static final ArchRule reports_know_no_cloud = noClasses()
      .that().resideInAPackage("cloudscan.report..")
      .should().dependOnClassesThat().resideInAnyPackage("cloudscan.aws..", "cloudscan.azure..",
          "cloudscan.gcp..", "cloudscan.cli..", "software.amazon.awssdk..", "com.azure..", "com.google.cloud..");

  @ArchTest
  static final ArchRule sdk_stays_in_collectors = noClasses()
      .that().resideOutsideOfPackages("..collect..")
      .should().dependOnClassesThat().resideInAnyPackage("software.amazon.awssdk..", "com.azure..",
          "com.google.cloud..")
      .because("SDK types are translated to facts at the edge");

  @ArchTest
  static final ArchRule checks_are_pure = noClasses().that().implement(Check.class)
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.net..", "java.nio.file..")
      .orShould().callMethod(Instant.class, "now")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(Clock.class, "systemDefaultZone")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .because("a check is a pure function of facts and EvalContext");

  @ArchTest
  static final ArchRule no_standard_streams = noClasses()
      .that().resideOutsideOfPackage("cloudscan.cli..")
      .and().doNotHaveFullyQualifiedName("cloudscan.aws.collect.IamPolicy")
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
      .because("only the CLI talks to the terminal (and IamPolicy's main, which prints the policy);"
          + " everything else logs or returns values");

  @ArchTest
  static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
