package cloudscan.core.waiver;

import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
import cloudscan.core.input.InputProblems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads {@code waivers.yaml}. A waiver must name its check (ID or glob matching at least one known
 * check), an approver, an approval date and an expiry; anything else is rejected with file, line
 * and field, and the scan does not start.
 */
public final class WaiverLoader {

  /** The file's top level; entries are bound one by one so every bad entry is reported. */
  record WaiverFile(int version, List<JsonNode> waivers) { }

  record Entry(String check, String resource, String account, String location, Waiver.Category category,
      String reason, String approvedBy, LocalDate approvedOn, String reference, LocalDate expires) { }

  private WaiverLoader() { }

  /**
   * @param knownCheck true for IDs or aliases of registered checks, and for globs matching at
   *                   least one of them
   */
  public static List<Waiver> load(Path file, Predicate<String> knownCheck) throws InputException {
    return parse(readAll(file), file.toString(), knownCheck);
  }

  /**
   * Parses {@code content}; {@code name} is how errors refer to it. Reports every problem of the
   * file at once ({@link cloudscan.core.input.InputProblems}), not only the first.
   */
  public static List<Waiver> parse(byte[] content, String name, Predicate<String> knownCheck)
      throws InputException {
    ObjectMapper yaml = InputFiles.strictYaml();
    WaiverFile f = InputFiles.read(yaml, new ByteArrayInputStream(content), name, WaiverFile.class);
    Problems v = new Problems(content, name);
    v.require(f.version() == 1, "version", "unsupported version " + f.version() + " (expected 1)");
    v.require(f.waivers() != null, "waivers", "a list of waivers is required");
    v.throwIfAny();
    List<Entry> entries = InputFiles.readEach(yaml, f.waivers(), content, name, "waivers", Entry.class,
        v.collector());
    List<Waiver> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e == null) {
        continue;
      }
      String p = "waivers[" + i + "]";
      int before = v.collector().size();
      if (v.require(present(e.check()), p + ".check", "is required (a check ID or pattern such as net.*)")
          && v.require(!e.check().replace("*", "").replace(".", "").isBlank(), p + ".check",
              "'" + e.check() + "' would waive every check; name a check or a domain such as net.*")) {
        v.require(knownCheck.test(e.check()), p + ".check", "unknown check ID '" + e.check() + "' (see `cloudscan checks`)");
      }
      v.require(present(e.reason()), p + ".reason", "is required: why the exception is acceptable");
      v.require(present(e.approvedBy()), p + ".approvedBy", "is required: who approved it");
      v.require(e.approvedOn() != null, p + ".approvedOn", "is required (YYYY-MM-DD)");
      if (v.require(e.expires() != null, p + ".expires", "is required (YYYY-MM-DD): waivers must expire")
          && e.approvedOn() != null) {
        v.require(!e.expires().isBefore(e.approvedOn()), p + ".expires", "is before approvedOn");
      }
      if (v.require(present(e.resource()), p + ".resource",
          "is required: the resource ID/ARN (a glob) the exception covers; write \"*\" together with "
              + "an account to cover a whole account")) {
        v.require(!e.resource().strip().equals("*") || present(e.account()), p + ".account",
            "is required when resource is \"*\": a waiver never covers every account");
      }
      if (v.collector().size() == before) {
        out.add(new Waiver(e.check(), e.resource(), e.account(), e.location(),
            e.category() == null ? Waiver.Category.WAIVER : e.category(), e.reason(), e.approvedBy(),
            e.approvedOn(), e.reference(), e.expires(), name + ":" + InputFiles.lineOf(content, true, p)));
      }
    }
    v.throwIfAny();
    return List.copyOf(out);
  }

  static byte[] readAll(Path file) throws InputException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** Collects the problems of one YAML file, each with the line of its field. */
  static final class Problems {
    private final byte[] content;
    private final String name;
    private final InputProblems.Collector found = new InputProblems.Collector();

    Problems(byte[] content, String name) {
      this.content = content;
      this.name = name;
    }

    /** Records {@code problem} at {@code path} unless {@code ok}; returns {@code ok}. */
    boolean require(boolean ok, String path, String problem) {
      if (!ok) {
        found.add(new InputException(name, InputFiles.lineOf(content, true, path), 0, path, problem));
      }
      return ok;
    }

    void add(InputException e) {
      found.add(e);
    }

    InputProblems.Collector collector() {
      return found;
    }

    void throwIfAny() throws InputException {
      found.throwIfAny();
    }
  }
}
