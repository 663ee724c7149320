package cloudscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.cli.demo.DemoEstate;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.snapshot.Snapshot;
import cloudscan.core.snapshot.SnapshotReader;
import cloudscan.core.snapshot.SnapshotWriter;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots (format 2) are plain JSON any tool can handle: unique keys, a {@code jq .} (or a
 * Jackson tree) round trip reads back to the same facts, and they match the published
 * {@code docs/schema/snapshot.schema.json}, which names every component of every fact record.
 */
class SnapshotSchemaTest {

  private static final Path SCHEMA = Path.of("..").toAbsolutePath().normalize()
      .resolve("docs/schema/snapshot.schema.json");
  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  @TempDir
  Path tmp;

  private static byte[] demoBytes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SnapshotWriter().write(DemoEstate.snapshot(), out);
    return out.toByteArray();
  }

  private static List<String> errors(byte[] json) throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    Schema schema = registry.getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    return schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON).stream()
        .map(Object::toString).toList();
  }

  @Test
  void demoSnapshot_hasUniqueKeys() throws Exception {
    JsonNode tree = STRICT.readTree(demoBytes());
    assertThat(tree.get("facts").size()).isPositive();
  }

  @Test
  void demoSnapshot_matchesThePublishedSchema() throws Exception {
    assertThat(errors(demoBytes())).isEmpty();
  }

  @Test
  void aSnapshotWithGapsAndSkippedLocations_matchesThePublishedSchema() throws Exception {
    Path demo = tmp.resolve("demo");
    assertThat(Cli.run("demo", "--out", demo.toString(), "--format", "json").exit()).isZero();
    byte[] written = Files.readAllBytes(demo.resolve("snapshot.json"));
    assertThat(STRICT.readTree(written).get("gaps").size()).isPositive();
    assertThat(errors(written)).isEmpty();
  }

  /** The hand-made snapshots of {@code HandMadeSnapshotsTest} that cloudscan accepts match the schema too. */
  @Test
  void handMadeTestSnapshots_matchThePublishedSchema() throws Exception {
    Path dir = Path.of(SnapshotSchemaTest.class.getResource("/verdicts").toURI());
    List<String> problems = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String expect = Files.readString(Path.of(json.toString().replace(".json", ".expect")));
        if (expect.lines().anyMatch(l -> l.strip().equals("exit 2"))) {
          continue; // rejected by cloudscan on purpose
        }
        errors(Files.readAllBytes(json)).forEach(e -> problems.add(json.getFileName() + ": " + e));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void schema_rejectsARepeatedKindAndAnUnknownField() throws Exception {
    String json = new String(demoBytes(), StandardCharsets.UTF_8);
    String broken = json.replaceFirst("\\{\"fact\":\"Located\",", "{\"fact\":\"Located\",\"colour\":\"red\",");
    assertThat(broken).isNotEqualTo(json);
    assertThat(errors(broken.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
  }

  @Test
  void jacksonTreeRoundTrip_readsBackTheSameFacts() throws Exception {
    byte[] original = demoBytes();
    byte[] rewritten = new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsBytes(new ObjectMapper().readTree(original));
    assertThat(factCount(rewritten)).isEqualTo(factCount(original));
  }

  @Test
  void jqRoundTrip_readsBackTheSameFacts() throws Exception {
    Path in = tmp.resolve("snapshot.json");
    Files.write(in, demoBytes());
    Path out = tmp.resolve("jq.json");
    Process jq;
    try {
      jq = new ProcessBuilder("jq", ".").redirectInput(in.toFile()).redirectOutput(out.toFile()).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("jq is not installed (the Jackson tree round trip covers the same ground)");
      return;
    }
    assertThat(jq.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(jq.exitValue()).isZero();
    assertThat(factCount(Files.readAllBytes(out))).isEqualTo(factCount(Files.readAllBytes(in)));
  }

  private static int factCount(byte[] json) throws Exception {
    Snapshot s = new SnapshotReader().read(new java.io.ByteArrayInputStream(json), "round-trip");
    int n = 0;
    for (Class<? extends Fact> k : s.facts().kinds()) {
      n += s.facts().all(k).size();
    }
    return n;
  }

  /** The schema cannot drift from the records: every kind, every component, nothing else. */
  @Test
  void schema_namesEveryComponentOfEveryFactKind() throws Exception {
    JsonNode defs = new ObjectMapper().readTree(SCHEMA.toFile()).get("$defs");
    List<String> problems = new ArrayList<>();
    for (Class<? extends Fact> k : FactKinds.CORE) {
      JsonNode def = defs.get("fact" + FactKinds.nameOf(k));
      if (def == null) {
        problems.add("no $defs/fact" + FactKinds.nameOf(k));
        continue;
      }
      List<String> components = new ArrayList<>(List.of("fact"));
      Arrays.stream(k.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
      List<String> required = new ArrayList<>();
      def.get("required").forEach(n -> required.add(n.asText()));
      List<String> properties = new ArrayList<>();
      def.get("properties").fieldNames().forEachRemaining(properties::add);
      if (!required.equals(components) || !properties.equals(components)) {
        problems.add(FactKinds.nameOf(k) + ": record " + components + ", schema " + required);
      }
    }
    assertThat(problems).isEmpty();
  }
}
