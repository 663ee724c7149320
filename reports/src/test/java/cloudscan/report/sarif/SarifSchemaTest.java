package cloudscan.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
import cloudscan.report.ReportOptions;
import cloudscan.report.fixture.Reports;
import cloudscan.report.fixture.SampleResult;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.sarif validates against the official SARIF 2.1.0 schema (draft-07), vendored in
 * {@code src/test/resources/sarif/} (see NOTICE.md there for its source and licence).
 */
class SarifSchemaTest {

  static final String RESOURCE = "sarif/sarif-schema-2.1.0.json";
  static final String SHA256 = "4ca040808b0e8415ce63c323702ebf2a7d96fe949d4a1f67dec2d34a5e3aecd0";

  static Schema schema;

  @BeforeAll static void load() throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = SarifSchemaTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      schema = registry.getSchema(in, InputFormat.JSON);
    }
  }

  private static List<String> errors(String sarif) {
    return schema.validate(sarif, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  @Test void vendoredSchema_isTheRecordedCopy() throws Exception {
    try (InputStream in = SarifSchemaTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      assertThat(HexFormat.of().formatHex(hash)).as("see NOTICE.md").isEqualTo(SHA256);
    }
  }

  @Test void sample_validates(@TempDir Path dir) {
    for (Lang lang : Lang.values()) {
      Reports.write(new SarifReportWriter(), lang, dir);
      assertThat(errors(Reports.read(dir.resolve("report.sarif")))).as(lang.code()).isEmpty();
    }
  }

  @Test void sparse_validates(@TempDir Path dir) throws Exception {
    new SarifReportWriter().write(SampleResult.sparse(), ReportOptions.defaults(), dir);
    assertThat(errors(Reports.read(dir.resolve("report.sarif")))).isEmpty();
  }

  @Test void withBaseline_carriesBaselineState_andValidates(@TempDir Path dir) throws Exception {
    new SarifReportWriter().write(SampleResult.withBaseline(), new ReportOptions(Lang.EN), dir);
    String sarif = Reports.read(dir.resolve("report.sarif"));
    assertThat(errors(sarif)).isEmpty();
    assertThat(sarif).containsOnlyOnce("\"baselineState\" : \"new\"").contains("\"baselineState\" : \"unchanged\"");
  }

  @Test void schema_catchesABrokenLog(@TempDir Path dir) {
    Reports.write(new SarifReportWriter(), Lang.EN, dir);
    String sarif = Reports.read(dir.resolve("report.sarif"));
    String badKind = sarif.replaceFirst("\"kind\" : \"fail\"", "\"kind\" : \"broken\"");
    assertThat(badKind).isNotEqualTo(sarif);
    assertThat(errors(badKind)).isNotEmpty();
    assertThat(errors(sarif.replaceFirst("\"version\" : \"2.1.0\"", "\"version\" : \"2.2\""))).isNotEmpty();
  }
}
