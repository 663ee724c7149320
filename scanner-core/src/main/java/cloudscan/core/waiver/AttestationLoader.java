package cloudscan.core.waiver;

import static cloudscan.core.waiver.WaiverLoader.present;
import static cloudscan.core.waiver.WaiverLoader.readAll;
import static cloudscan.core.waiver.WaiverLoader.require;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.RequirementId;
import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code attestations.yaml}, validated against the catalog (file, line and field on error). */
public final class AttestationLoader {

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
}
