package cloudscan.core.waiver;

import static cloudscan.core.waiver.WaiverLoader.present;
import static cloudscan.core.waiver.WaiverLoader.readAll;
import static cloudscan.core.waiver.WaiverLoader.require;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.RequirementId;
import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
import com.fasterxml.jackson.databind.JsonNode;
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

  record AttestationFile(int version, List<Entry> attestations) { }

  record Entry(String requirement, String statement, List<EvidenceEntry> evidence, String attestedBy,
      LocalDate attestedOn, LocalDate validUntil) { }

  record EvidenceEntry(String description, String reference) { }

  private AttestationLoader() { }

  public static List<Attestation> load(Path file, Catalog catalog) throws InputException {
    return parse(readAll(file), file.toString(), catalog);
  }

  /** Parses {@code content}; {@code name} is how errors refer to it. */
  public static List<Attestation> parse(byte[] content, String name, Catalog catalog)
      throws InputException {
    rejectPlaceholders(content, name);
    AttestationFile f = InputFiles.read(InputFiles.strictYaml(), new ByteArrayInputStream(content), name,
        AttestationFile.class);
    require(f.version() == 1, content, name, "version", "unsupported version " + f.version() + " (expected 1)");
    require(f.attestations() != null, content, name, "attestations", "a list of attestations is required");
    List<Attestation> out = new ArrayList<>();
    for (int i = 0; i < f.attestations().size(); i++) {
      Entry e = f.attestations().get(i);
      String p = "attestations[" + i + "]";
      require(present(e.requirement()), content, name, p + ".requirement", "is required (e.g. 2.1)");
      RequirementId rid;
      try {
        rid = RequirementId.of(e.requirement());
      } catch (IllegalArgumentException ex) {
        throw new InputException(name, InputFiles.lineOf(content, true, p + ".requirement"), 0,
            p + ".requirement", ex.getMessage());
      }
      require(catalog.contains(rid), content, name, p + ".requirement",
          "requirement " + rid + " is not in the catalog");
      require(present(e.statement()), content, name, p + ".statement", "is required");
      require(present(e.attestedBy()), content, name, p + ".attestedBy", "is required: who attests");
      require(e.attestedOn() != null, content, name, p + ".attestedOn", "is required (YYYY-MM-DD)");
      require(e.validUntil() != null, content, name, p + ".validUntil", "is required (YYYY-MM-DD)");
      List<Attestation.Evidence> ev = new ArrayList<>();
      if (e.evidence() != null) {
        for (int j = 0; j < e.evidence().size(); j++) {
          EvidenceEntry x = e.evidence().get(j);
          require(present(x.description()), content, name, p + ".evidence[" + j + "].description", "is required");
          ev.add(new Attestation.Evidence(x.description(), x.reference()));
        }
      }
      out.add(new Attestation(rid, e.statement(), ev, e.attestedBy(), e.attestedOn(), e.validUntil(),
          name + ":" + InputFiles.lineOf(content, true, p)));
    }
    return List.copyOf(out);
  }

  /** Fails on the first value that is still a template placeholder, naming its file, line and field. */
  private static void rejectPlaceholders(byte[] content, String name) throws InputException {
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
      rejectPlaceholders(root.get("attestations").get(i), "attestations[" + i + "]", content, name);
    }
  }

  private static void rejectPlaceholders(JsonNode node, String path, byte[] content, String name)
      throws InputException {
    if (node.isTextual() && node.asText().strip().startsWith(PLACEHOLDER)) {
      throw new InputException(name, InputFiles.lineOf(content, true, path), 0, path,
          "fill in this field: it still holds the template placeholder '" + abbreviate(node.asText().strip())
              + "' (or delete the whole entry if you cannot attest this requirement yet)");
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rejectPlaceholders(node.get(i), path + "[" + i + "]", content, name);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        rejectPlaceholders(e.getValue(), path + "." + e.getKey(), content, name);
      }
    }
  }

  private static String abbreviate(String s) {
    String line = s.lines().findFirst().orElse("");
    return line.length() > 40 ? line.substring(0, 40) + "…" : line;
  }
}
