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
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

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

  /**
   * Writes {@code file} atomically, with the user's normal file mode (the umask decides, as for
   * any file the user creates: a later CI step under another user can read it), and returns the
   * lower-case hex SHA-256 of the bytes written.
   */
  public String write(Snapshot snapshot, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: it creates the file with mode 0600 whatever the umask.
    Path tmp = dir.resolve(".snapshot-" + UUID.randomUUID() + ".tmp");
    try {
      MessageDigest sha = sha256();
      try (OutputStream out = new DigestOutputStream(
          Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), sha)) {
        write(snapshot, out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return HexFormat.of().formatHex(sha.digest());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A SHA-256 digest (every JVM has one). */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
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
