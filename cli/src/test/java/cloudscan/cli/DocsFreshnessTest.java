package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.catalog.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generated docs cannot go stale: regenerating them must give exactly the committed files, and
 * the README's coverage table must equal the generated one. Fix with {@code ./cloudscan docs --out docs}
 * (and paste docs/coverage.md's table into the README between the coverage markers).
 */
class DocsFreshnessTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private final DocsGenerator docs = new DocsGenerator(CatalogLoader.loadDefault(), Registry.load().checks());

  @Test
  void committedDocsEqualGeneratedDocs() throws Exception {
    for (Map.Entry<String, String> e : docs.render().entrySet()) {
      Path committed = ROOT.resolve("docs").resolve(e.getKey());
      assertThat(committed).as("missing " + committed + " — run ./cloudscan docs --out docs").exists();
      assertThat(Files.readString(committed, StandardCharsets.UTF_8))
          .as(committed + " is stale — run ./cloudscan docs --out docs").isEqualTo(e.getValue());
    }
  }

  @Test
  void readmeCoverageTableIsCurrent() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- coverage:start -->");
    int end = readme.indexOf("<!-- coverage:end -->");
    assertThat(start).as("README coverage markers").isNotNegative();
    assertThat(readme.substring(start + "<!-- coverage:start -->".length(), end).strip())
        .isEqualTo(docs.coverageTable("docs/checks/").strip());
  }
}
