package cloudscan.core.snapshot;

import cloudscan.core.engine.FactStore;
import cloudscan.core.fact.Fact;
import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a snapshot, streaming facts straight into a {@link FactStore}. Every problem (truncated
 * file, unknown field, wrong type, unknown fact kind, newer format) is an {@link InputException}
 * naming file, line and field.
 */
public final class SnapshotReader {

  private static final Set<String> REQUIRED = Set.of("format", "formatVersion", "runs", "gaps", "facts");

  private final ObjectMapper mapper = SnapshotCodec.mapper();

  public Snapshot read(Path file) throws InputException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, 0, "", "no such file");
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  public Snapshot read(InputStream in, String name) throws InputException {
    ObjectReader factReader = mapper.readerFor(Fact.class);
    FactStore store = new FactStore();
    List<Gap> gaps = List.of();
    List<ProviderRun> runs = List.of();
    String format = null;
    int version = 0;
    String toolVersion = "";
    Instant created = null;
    List<String> seen = new ArrayList<>();
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      expect(p, p.nextToken() == JsonToken.START_OBJECT, name, "", "a snapshot is a JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        seen.add(field);
        p.nextToken();
        switch (field) {
          case "format" -> format = p.getValueAsString();
          case "formatVersion" -> version = p.getValueAsInt(-1);
          case "toolVersion" -> toolVersion = p.getValueAsString();
          case "createdAt" -> created = mapper.readValue(p, Instant.class);
          case "runs" -> runs = mapper.readValue(p, new TypeReference<List<ProviderRun>>() { });
          case "gaps" -> gaps = mapper.readValue(p, new TypeReference<List<Gap>>() { });
          case "facts" -> readFacts(p, factReader, store, name);
          default -> throw new InputException(name, p.currentLocation().getLineNr(),
              p.currentLocation().getColumnNr(), field,
              "unknown field (expected format, formatVersion, toolVersion, createdAt, runs, gaps, facts)");
        }
        if (field.equals("format")) {
          expect(p, SnapshotWriter.FORMAT.equals(format), name, field,
              "'" + format + "' is not a cloudscan snapshot (expected " + SnapshotWriter.FORMAT + ")");
        }
        if (field.equals("formatVersion")) {
          expect(p, version >= 1 && version <= SnapshotHeader.FORMAT_VERSION, name, field,
              "unsupported format version " + version + " (this cloudscan reads 1.."
                  + SnapshotHeader.FORMAT_VERSION + ")");
        }
      }
      expect(p, p.currentToken() == JsonToken.END_OBJECT, name, "", "the file ends too early (truncated?)");
      for (String r : REQUIRED) {
        expect(p, seen.contains(r), name, r, "is required but missing");
      }
    } catch (JsonProcessingException e) {
      throw InputFiles.translate(name, e);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, "", "cannot read: " + e.getMessage(), e);
    }
    runs.forEach(r -> r.scopes().forEach(store::addScope));
    return new Snapshot(new SnapshotHeader(version, toolVersion, created, runs), store, gaps);
  }

  private static void readFacts(JsonParser p, ObjectReader reader, FactStore store, String name)
      throws IOException, InputException {
    expect(p, p.currentToken() == JsonToken.START_ARRAY, name, "facts", "expected a list of facts");
    int index = 0;
    while (p.nextToken() == JsonToken.START_OBJECT) {
      try {
        store.add(reader.readValue(p));
      } catch (JsonProcessingException e) {
        InputException ie = InputFiles.translate(name, e);
        String field = "facts[" + index + "]" + (ie.field().isEmpty() ? "" : "." + ie.field());
        String problem = ie.problem().contains("type id")
            ? "unknown fact kind (expected one of " + cloudscan.core.fact.FactKinds.names() + ")"
            : ie.problem();
        throw new InputException(name, ie.line(), ie.column(), field, problem, e);
      }
      index++;
    }
    expect(p, p.currentToken() == JsonToken.END_ARRAY, name, "facts[" + index + "]",
        "expected a fact object (the file may be truncated)");
  }

  private static void expect(JsonParser p, boolean ok, String name, String field, String problem)
      throws InputException {
    if (!ok) {
      throw new InputException(name, p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
          field, problem);
    }
  }
}
