package cloudscan.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schema in {@code docs/schema/} is a copy of the one shipped in the jar; they must not drift. */
class PublishedSchemaTest {

  private static final Path DOCS_COPY = Path.of("..", "docs", "schema", "result.schema.json");

  @Test void docsCopy_equalsShippedSchema() throws Exception {
    String shipped;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(JsonReportWriter.SCHEMA_RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOCS_COPY, StandardCharsets.UTF_8))
        .as("docs/schema/result.schema.json must be a copy of reports/src/main/resources/"
            + JsonReportWriter.SCHEMA_RESOURCE)
        .isEqualTo(shipped);
  }
}
