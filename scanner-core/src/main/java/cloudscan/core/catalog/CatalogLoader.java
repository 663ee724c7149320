package cloudscan.core.catalog;

import cloudscan.core.check.Text;
import cloudscan.core.check.Thresholds;
import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads and validates a catalog file (JSON, schema version 1). The bundled default is Fujisawa
 * City's list; {@code --catalog FILE} loads another municipality's list of the same schema.
 */
public final class CatalogLoader {

  public static final String DEFAULT_RESOURCE = "cloudscan/catalog/fujisawa.json";

  /** The file's shape; names match the JSON keys. */
  record CatalogFile(int schemaVersion, String id, String titleJa, String titleEn, String issuerJa,
      String issuerEn, String preambleJa, String preambleEn, String source, ThresholdsFile thresholds,
      List<SectionFile> sections) { }

  /**
   * The optional {@code thresholds} block: the values in force for this catalog's requirements.
   * A threshold left out keeps its built-in default ({@link Thresholds#DEFAULTS}).
   */
  record ThresholdsFile(Integer logRetentionDays, Integer minPasswordLength, Integer patchWindowDays,
      Integer maxAccessKeyAgeDays, Integer unusedCredentialDays, LocalDate strength112EndsAfter) {

    Thresholds apply(Thresholds t) {
      Thresholds out = t;
      Object[] values = {logRetentionDays, minPasswordLength, patchWindowDays, maxAccessKeyAgeDays,
          unusedCredentialDays, strength112EndsAfter};
      List<String> names = Thresholds.names();
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null) {
          out = out.with(names.get(i), values[i].toString());
        }
      }
      return out;
    }
  }

  record SectionFile(int number, String titleJa, String titleEn, List<ItemFile> items) { }

  record ItemFile(String id, String labelJa, String textJa, String textEn, AssessmentKind assessment,
      Boolean advisory) { }

  private CatalogLoader() { }

  public static Catalog loadDefault() {
    try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled catalog " + DEFAULT_RESOURCE + " missing from the jar");
      }
      return parse(in.readAllBytes(), DEFAULT_RESOURCE);
    } catch (IOException | InputException e) {
      throw new IllegalStateException("bundled catalog is invalid: " + e.getMessage(), e);
    }
  }

  public static Catalog load(Path file) throws InputException {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "", "cannot read the catalog: " + e.getMessage(), e);
    }
    return parse(content, file.toString());
  }

  static Catalog parse(byte[] content, String name) throws InputException {
    CatalogFile f = InputFiles.read(InputFiles.strictJson(), new ByteArrayInputStream(content), name,
        CatalogFile.class);
    Validator v = new Validator(content, name);
    v.require(f.schemaVersion() == 1, "schemaVersion", "unsupported schema version "
        + f.schemaVersion() + " (expected 1)");
    v.present(f.id(), "id");
    v.present(f.titleJa(), "titleJa");
    v.present(f.titleEn(), "titleEn");
    v.require(f.sections() != null && !f.sections().isEmpty(), "sections", "at least one section is required");
    List<Section> sections = new ArrayList<>();
    List<Requirement> reqs = new ArrayList<>();
    Set<RequirementId> seen = new HashSet<>();
    for (int s = 0; s < f.sections().size(); s++) {
      SectionFile sf = f.sections().get(s);
      String sp = "sections[" + s + "]";
      v.present(sf.titleJa(), sp + ".titleJa");
      v.present(sf.titleEn(), sp + ".titleEn");
      v.require(sf.items() != null && !sf.items().isEmpty(), sp + ".items", "a section needs items");
      sections.add(new Section(sf.number(), Text.of(sf.titleJa(), sf.titleEn())));
      for (int i = 0; i < sf.items().size(); i++) {
        ItemFile it = sf.items().get(i);
        String ip = sp + ".items[" + i + "]";
        RequirementId rid = v.requirementId(it.id(), ip + ".id");
        v.require(seen.add(rid), ip + ".id", "duplicate requirement ID " + rid);
        v.require(rid.section() == sf.number(), ip + ".id",
            "ID " + rid + " does not belong to section " + sf.number());
        v.present(it.textJa(), ip + ".textJa");
        v.present(it.textEn(), ip + ".textEn");
        v.require(it.assessment() != null, ip + ".assessment", "expected AUTO, PARTIAL or ATTEST");
        String label = it.labelJa() == null || it.labelJa().isBlank() ? rid.labelJa() : it.labelJa();
        reqs.add(new Requirement(rid, sf.number(), label, Text.of(it.textJa(), it.textEn()),
            it.assessment(), Boolean.TRUE.equals(it.advisory())));
      }
    }
    Thresholds thresholds = Thresholds.DEFAULTS;
    if (f.thresholds() != null) {
      try {
        thresholds = f.thresholds().apply(Thresholds.DEFAULTS);
      } catch (IllegalArgumentException e) {
        v.require(false, "thresholds", e.getMessage());
      }
    }
    return new Catalog(f.id(), Text.of(f.titleJa(), f.titleEn()),
        Text.of(nz(f.issuerJa()), nz(f.issuerEn())), nz(f.source()), sections, reqs, thresholds);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Semantic checks after parsing; errors carry the line found for the field path. */
  private record Validator(byte[] content, String name) {
    void require(boolean ok, String path, String problem) throws InputException {
      if (!ok) {
        throw new InputException(name, InputFiles.lineOf(content, false, path), 0, path, problem);
      }
    }

    void present(String value, String path) throws InputException {
      require(value != null && !value.isBlank(), path, "is required but missing or empty");
    }

    RequirementId requirementId(String value, String path) throws InputException {
      present(value, path);
      try {
        return RequirementId.of(value);
      } catch (IllegalArgumentException e) {
        throw new InputException(name, InputFiles.lineOf(content, false, path), 0, path, e.getMessage());
      }
    }
  }
}
