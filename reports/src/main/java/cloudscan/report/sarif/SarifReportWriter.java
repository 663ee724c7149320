package cloudscan.report.sarif;

import cloudscan.core.engine.ScanResult;
import cloudscan.core.snapshot.Gap;
import cloudscan.report.ProgressCounter;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import cloudscan.report.Times;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.sarif}: SARIF 2.1.0 for code-scanning dashboards. Rules come from the checks'
 * specs, results carry the cloud resource as a logical location, and collection gaps are
 * tool execution notifications (they are not findings, but nobody should miss them).
 */
public final class SarifReportWriter implements ReportWriter {

  public static final String FILE = "report.sarif";
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private static final ObjectWriter WRITER = JsonMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build().writerWithDefaultPrettyPrinter();

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public void write(ScanResult result, ReportOptions options, Path dir) throws IOException {
    ProgressCounter progress = new ProgressCounter(options, FILE, SarifResults.count(result));
    ObjectNode log = JsonNodeFactory.instance.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "cloudscan");
    if (result.snapshot().toolVersion() != null) {
      driver.put("version", result.snapshot().toolVersion());
    }
    driver.set("rules", SarifRules.of(result, options.lang()));
    run.set("invocations", invocations(result));
    run.putObject("automationDetails").put("id", "cloudscan/" + result.catalog().id() + "/");
    List<ObjectNode> results = SarifResults.of(result, options.lang(), progress::step);
    run.putPOJO("results", results);
    run.putObject("properties").put("catalog", result.catalog().id())
        .put("evaluatedAt", Times.iso(result.evaluatedAt()));
    try (OutputStream out = Files.newOutputStream(dir.resolve(FILE))) {
      WRITER.writeValue(out, log);
    }
    progress.end();
  }

  private static ArrayNode invocations(ScanResult result) {
    ArrayNode invocations = JsonNodeFactory.instance.arrayNode();
    ObjectNode inv = invocations.addObject();
    inv.put("executionSuccessful", true);
    inv.put("endTimeUtc", Times.iso(result.evaluatedAt()));
    ArrayNode notes = inv.putArray("toolExecutionNotifications");
    for (Gap g : result.gaps()) {
      ObjectNode n = notes.addObject();
      n.put("level", "warning");
      n.putObject("message").put("text", g.scope() + " " + g.service()
          + (g.operation() == null ? "" : " " + g.operation()) + ": " + g.kind() + " " + g.message());
      n.putObject("descriptor").put("id", "collection-gap/" + g.kind().name().toLowerCase(Locale.ROOT));
    }
    result.checks().stream().filter(c -> c.error() != null).forEach(c -> notes.addObject()
        .put("level", "error")
        .set("message", JsonNodeFactory.instance.objectNode().put("text", c.spec().id() + ": " + c.error())));
    return invocations;
  }
}
