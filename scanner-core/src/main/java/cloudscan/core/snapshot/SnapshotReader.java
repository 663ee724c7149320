package cloudscan.core.snapshot;

import cloudscan.core.check.Estate;
import cloudscan.core.engine.FactStore;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.FactKinds;
import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
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
 * file, unknown or duplicate field, wrong type, unknown fact kind, a run-less snapshot, a gap or
 * scope naming an unknown fact kind, a newer format) is an {@link InputException} naming file,
 * line and field. Version-1 snapshots (archived evidence) are upgraded on the way in
 * ({@link SnapshotV1}).
 */
public final class SnapshotReader {

  private static final Set<String> REQUIRED = Set.of("format", "formatVersion", "runs", "gaps", "facts");
  private static final String FIELDS = "format, formatVersion, toolVersion, createdAt, runs, gaps, facts";
  /** How far to look for {@code formatVersion} before parsing (it is the second field). */
  private static final int PRESCAN = 1 << 20;

  private final ObjectMapper mapper = SnapshotCodec.mapper();

  public Snapshot read(Path file) throws InputException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, 0, "", "no such file");
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  public Snapshot read(InputStream raw, String name) throws InputException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    int declared = prescanVersion(in, name);
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      if (declared == 1) {
        // Version 1 repeated "kind" in some facts (type tag and field): read it leniently.
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      }
      return new Reading(p, name, declared).run();
    } catch (JsonProcessingException e) {
      throw InputFiles.translate(name, e);
    } catch (java.io.CharConversionException e) {
      throw new InputException(name, 0, 0, "", InputFiles.NOT_UTF8, e);
    } catch (IOException e) {
      throw new InputException(name, 0, 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  /** The {@code formatVersion} found before the facts, or 0. */
  private int prescanVersion(BufferedInputStream in, String name) throws InputException {
    in.mark(PRESCAN);
    try (JsonParser p = mapper.getFactory().createParser(new NonClosing(in))) {
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return 0;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME && p.currentLocation().getByteOffset() < PRESCAN - 1024) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("formatVersion")) {
          return p.getValueAsInt(0);
        }
        if (field.equals("facts")) {
          return 0;
        }
        p.skipChildren();
      }
      return 0;
    } catch (IOException e) {
      return 0; // the real parse reports it with file, line and field
    } finally {
      try {
        in.reset();
      } catch (IOException e) {
        throw new InputException(name, 0, 0, "", "cannot read: " + e.getMessage(), e);
      }
    }
  }

  /** One read of one file. */
  private final class Reading {
    private final JsonParser p;
    private final String name;
    private final ObjectReader factReader = mapper.readerFor(Fact.class);
    private final FactStore store = new FactStore();
    private final List<String> seen = new ArrayList<>();
    private final List<SnapshotV1.RawFact> pendingV1 = new ArrayList<>();
    private int version;
    private String format;
    private String toolVersion = "";
    private Instant created;
    private JsonNode runsNode;
    private List<Gap> gaps;
    private SnapshotV1 v1;
    private int factIndex;

    Reading(JsonParser p, String name, int declared) {
      this.p = p;
      this.name = name;
      this.version = declared;
    }

    Snapshot run() throws IOException, InputException {
      expect(p.nextToken() == JsonToken.START_OBJECT, "", "a snapshot is a JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        seen.add(field);
        p.nextToken();
        switch (field) {
          case "format" -> {
            format = p.getValueAsString();
            expect(SnapshotWriter.FORMAT.equals(format), field,
                "'" + format + "' is not a cloudscan snapshot (expected " + SnapshotWriter.FORMAT + ")");
          }
          case "formatVersion" -> {
            int v = p.getValueAsInt(-1);
            expect(v >= 1 && v <= SnapshotHeader.FORMAT_VERSION, field, "unsupported format version "
                + p.getText() + " (this cloudscan reads 1.." + SnapshotHeader.FORMAT_VERSION + ")");
            expect(version == 0 || version == v, field, "formatVersion must appear once");
            version = v;
          }
          case "toolVersion" -> toolVersion = p.getValueAsString();
          case "createdAt" -> created = mapper.readValue(p, Instant.class);
          case "runs" -> runsNode = mapper.readTree(p);
          case "gaps" -> gaps = readGaps();
          case "facts" -> readFacts();
          default -> throw new InputException(name, line(), column(), field, "unknown field (expected " + FIELDS + ")");
        }
      }
      expect(p.currentToken() == JsonToken.END_OBJECT, "", "the file ends too early (truncated?)");
      for (String r : REQUIRED) {
        expect(seen.contains(r), r, "is required but missing");
      }
      for (SnapshotV1.RawFact pending : pendingV1) {
        store.add(v1().fact(pending));
      }
      List<ProviderRun> runs = readRuns();
      store.estate(SnapshotEstate.of(runs, gaps));
      return new Snapshot(new SnapshotHeader(version, toolVersion, created, runs), store, gaps);
    }

    private List<ProviderRun> readRuns() throws InputException {
      if (runsNode == null || !runsNode.isArray()) {
        throw new InputException(name, 0, 0, "runs", "expected a list of provider runs");
      }
      if (runsNode.isEmpty()) {
        throw new InputException(name, 0, 0, "runs",
            "a snapshot without any provider run shows nothing was looked at; it cannot be judged");
      }
      List<ProviderRun> runs = version == 1 ? SnapshotV1.runs(runsNode, name) : readV2Runs();
      for (int i = 0; i < runs.size(); i++) {
        List<ScannedScope> scopes = runs.get(i).scopes();
        for (int j = 0; j < scopes.size(); j++) {
          for (String key : scopes.get(j).lookedFor()) {
            if (!key.equals(Estate.EVERYTHING) && !FactKinds.isKey(key)) {
              throw new InputException(name, 0, 0, "runs[" + i + "].scopes[" + j + "].lookedFor",
                  "unknown fact kind '" + key + "' (expected one of " + FactKinds.allKeys() + " or *)");
            }
          }
        }
      }
      return runs;
    }

    private List<ProviderRun> readV2Runs() throws InputException {
      try {
        return mapper.readerFor(new TypeReference<List<ProviderRun>>() { }).readValue(runsNode);
      } catch (IOException e) {
        InputException ie = e instanceof JsonProcessingException jp ? InputFiles.translate(name, jp)
            : new InputException(name, 0, 0, "runs", e.getMessage(), e);
        throw new InputException(name, 0, 0, "runs" + (ie.field().isEmpty() ? "" : "." + ie.field()),
            ie.problem(), e);
      }
    }

    private List<Gap> readGaps() throws IOException, InputException {
      JsonLocation at = p.currentLocation();
      List<Gap> list = mapper.readValue(p, new TypeReference<List<Gap>>() { });
      for (int i = 0; i < list.size(); i++) {
        for (String kind : list.get(i).factKinds()) {
          if (!FactKinds.isKey(kind)) {
            throw new InputException(name, at.getLineNr(), at.getColumnNr(), "gaps[" + i + "].factKinds",
                "unknown fact kind '" + kind + "' (expected one of " + FactKinds.names() + ")");
          }
        }
      }
      return list;
    }

    private void readFacts() throws IOException, InputException {
      expect(p.currentToken() == JsonToken.START_ARRAY, "facts", "expected a list of facts");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        if (version == 1) {
          SnapshotV1.RawFact raw = SnapshotV1.readRawFact(p, mapper, name, factIndex);
          if (gaps == null) {
            pendingV1.add(raw); // gaps decide how v1 values read; they come later in this file
          } else {
            store.add(v1().fact(raw));
          }
        } else {
          expect(version == SnapshotHeader.FORMAT_VERSION, "formatVersion",
              "must come before the facts (found none)");
          store.add(readFact());
        }
        factIndex++;
      }
      expect(p.currentToken() == JsonToken.END_ARRAY, "facts[" + factIndex + "]",
          "expected a fact object (the file may be truncated)");
    }

    private Fact readFact() throws IOException, InputException {
      try {
        return factReader.readValue(p);
      } catch (JsonProcessingException e) {
        throw factError(name, factIndex, e);
      }
    }

    private SnapshotV1 v1() {
      if (v1 == null) {
        v1 = new SnapshotV1(mapper, name, gaps == null ? List.of() : gaps);
      }
      return v1;
    }

    private void expect(boolean ok, String field, String problem) throws InputException {
      if (!ok) {
        throw new InputException(name, line(), column(), field, problem);
      }
    }

    private int line() {
      return p.currentLocation().getLineNr();
    }

    private int column() {
      return p.currentLocation().getColumnNr();
    }
  }

  /** A fact that does not read, as an error naming its index and field. */
  static InputException factError(String name, int index, JsonProcessingException e) {
    InputException ie = InputFiles.translate(name, e);
    String field = "facts[" + index + "]" + (ie.field().isEmpty() ? "" : "." + ie.field());
    String problem = ie.problem().contains("type id")
        ? "unknown fact kind (expected one of " + FactKinds.names() + ")"
        : ie.problem();
    return new InputException(name, ie.line(), ie.column(), field, problem, e);
  }

  /** Keeps the prescan's parser from closing the shared stream. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the real parse reads on
    }
  }
}
