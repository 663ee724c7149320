package cloudscan.core.waiver;

import static cloudscan.core.waiver.WaiverLoader.present;
import static cloudscan.core.waiver.WaiverLoader.readAll;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.RequirementId;
import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code attestations.yaml}, validated against the catalog (file, line and field on error).
 * A value still starting with {@value #PLACEHOLDER} (as {@code cloudscan attest --template} writes
 * them) is rejected, so an unfilled template never counts as attested.
 */
public final class AttestationLoader {

  /** How the template marks a value still to be filled in. */
  public static final String PLACEHOLDER = "TODO";

  /** The file's top level; entries are bound one by one so every bad entry is reported. */
  record AttestationFile(int version, List<JsonNode> attestations) { }

  record Entry(String requirement, String statement, List<EvidenceEntry> evidence, String attestedBy,
      LocalDate attestedOn, LocalDate validUntil) { }

  record EvidenceEntry(String description, String reference) { }

  private AttestationLoader() { }

  public static List<Attestation> load(Path file, Catalog catalog) throws InputException {
    return parse(readAll(file), file.toString(), catalog);
  }

  /**
   * Parses {@code content}; {@code name} is how errors refer to it. Reports every problem of the
   * file at once ({@link cloudscan.core.input.InputProblems}), not only the first.
   */
  public static List<Attestation> parse(byte[] content, String name, Catalog catalog)
      throws InputException {
    ObjectMapper yaml = InputFiles.strictYaml();
    AttestationFile f = InputFiles.read(yaml, new ByteArrayInputStream(content), name, AttestationFile.class);
    WaiverLoader.Problems v = new WaiverLoader.Problems(content, name);
    v.require(f.version() == 1, "version", "unsupported version " + f.version() + " (expected 1)");
    v.require(f.attestations() != null, "attestations", "a list of attestations is required");
    v.throwIfAny();
    rejectPlaceholders(content, name, v);
    v.throwIfAny(); // a placeholder would also be a wrong date: report it once, as a placeholder
    List<Entry> entries = InputFiles.readEach(yaml, f.attestations(), content, name, "attestations",
        Entry.class, v.collector());
    List<Attestation> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e == null) {
        continue;
      }
      String p = "attestations[" + i + "]";
      int before = v.collector().size();
      RequirementId rid = null;
      if (v.require(present(e.requirement()), p + ".requirement", "is required (e.g. 2.1)")) {
        try {
          rid = RequirementId.of(e.requirement());
          v.require(catalog.contains(rid), p + ".requirement", "requirement " + rid + " is not in the catalog");
        } catch (IllegalArgumentException ex) {
          v.require(false, p + ".requirement", ex.getMessage());
        }
      }
      v.require(present(e.statement()), p + ".statement", "is required");
      v.require(present(e.attestedBy()), p + ".attestedBy", "is required: who attests");
      v.require(e.attestedOn() != null, p + ".attestedOn", "is required (YYYY-MM-DD)");
      v.require(e.validUntil() != null, p + ".validUntil", "is required (YYYY-MM-DD)");
      List<Attestation.Evidence> ev = new ArrayList<>();
      if (e.evidence() != null) {
        for (int j = 0; j < e.evidence().size(); j++) {
          EvidenceEntry x = e.evidence().get(j);
          if (v.require(x != null && present(x.description()), p + ".evidence[" + j + "].description",
              "is required")) {
            ev.add(new Attestation.Evidence(x.description(), x.reference()));
          }
        }
      }
      if (v.collector().size() == before) {
        out.add(new Attestation(rid, e.statement(), ev, e.attestedBy(), e.attestedOn(), e.validUntil(),
            name + ":" + InputFiles.lineOf(content, true, p)));
      }
    }
    v.throwIfAny();
    return List.copyOf(out);
  }

  /** Records every value that is still a template placeholder, naming its file, line and field. */
  private static void rejectPlaceholders(byte[] content, String name, WaiverLoader.Problems v) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(content);
    } catch (IOException e) {
      return; // the strict read that follows reports malformed YAML precisely
    }
    if (root == null || !root.path("attestations").isArray()) {
      return;
    }
    for (int i = 0; i < root.get("attestations").size(); i++) {
      rejectPlaceholders(root.get("attestations").get(i), "attestations[" + i + "]", content, name, v);
    }
  }

  private static void rejectPlaceholders(JsonNode node, String path, byte[] content, String name,
      WaiverLoader.Problems v) {
    if (node.isTextual() && node.asText().strip().startsWith(PLACEHOLDER)) {
      v.add(new InputException(name, InputFiles.lineOf(content, true, path), 0, path,
          "fill in this field: it still holds the template placeholder '" + abbreviate(node.asText().strip())
              + "' (or delete the whole entry if you cannot attest this requirement yet)"));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rejectPlaceholders(node.get(i), path + "[" + i + "]", content, name, v);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        rejectPlaceholders(e.getValue(), path + "." + e.getKey(), content, name, v);
      }
    }
  }

  private static String abbreviate(String s) {
    String line = s.lines().findFirst().orElse("");
    return line.length() > 40 ? line.substring(0, 40) + "…" : line;
  }
}
