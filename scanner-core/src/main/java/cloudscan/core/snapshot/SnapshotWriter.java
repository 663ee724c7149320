package cloudscan.core.snapshot;

import cloudscan.core.fact.Fact;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a snapshot as one JSON document, streaming fact by fact (no second copy in memory).
 * Files are written to a temporary sibling and moved into place: never half-written.
 *
 * <p>Layout: {@code format}, {@code formatVersion}, {@code toolVersion}, {@code createdAt},
 * {@code runs[]}, {@code gaps[]}, {@code facts[]} (each tagged with {@code fact}). Every key
 * is unique, so the file survives any JSON tool. See docs/snapshot-format.md.
 */
public final class SnapshotWriter {

  public static final String FORMAT = "cloudscan-snapshot";

  private final ObjectMapper mapper = SnapshotCodec.mapper();

  public void write(Snapshot snapshot, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".snapshot", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        write(snapshot, out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public void write(Snapshot snapshot, OutputStream out) throws IOException {
    ObjectWriter factWriter = mapper.writerFor(Fact.class);
    try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("formatVersion", SnapshotHeader.FORMAT_VERSION);
      g.writeStringField("toolVersion", snapshot.header().toolVersion());
      g.writeFieldName("createdAt");
      mapper.writeValue(g, snapshot.header().createdAt());
      g.writeFieldName("runs");
      mapper.writeValue(g, snapshot.header().runs());
      g.writeFieldName("gaps");
      mapper.writeValue(g, snapshot.gaps());
      g.writeArrayFieldStart("facts");
      for (Class<? extends Fact> kind : snapshot.facts().kinds()) {
        for (Fact f : snapshot.facts().all(kind)) {
          g.writeRaw('\n');
          factWriter.writeValue(g, f);
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
