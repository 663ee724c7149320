package cloudscan.core.waiver;

import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
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

  record WaiverFile(int version, List<Entry> waivers) { }

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

  /** Parses {@code content}; {@code name} is how errors refer to it. */
  public static List<Waiver> parse(byte[] content, String name, Predicate<String> knownCheck)
      throws InputException {
    WaiverFile f = InputFiles.read(InputFiles.strictYaml(), new ByteArrayInputStream(content), name,
        WaiverFile.class);
    require(f.version() == 1, content, name, "version", "unsupported version " + f.version() + " (expected 1)");
    require(f.waivers() != null, content, name, "waivers", "a list of waivers is required");
    List<Waiver> out = new ArrayList<>();
    for (int i = 0; i < f.waivers().size(); i++) {
      Entry e = f.waivers().get(i);
      String p = "waivers[" + i + "]";
      require(present(e.check()), content, name, p + ".check", "is required (a check ID or pattern such as net.*)");
      require(!e.check().replace("*", "").replace(".", "").isBlank(), content, name, p + ".check",
          "'" + e.check() + "' would waive every check; name a check or a domain such as net.*");
      require(knownCheck.test(e.check()), content, name, p + ".check", "unknown check ID '" + e.check() + "' (see `cloudscan checks`)");
      require(present(e.reason()), content, name, p + ".reason", "is required: why the exception is acceptable");
      require(present(e.approvedBy()), content, name, p + ".approvedBy", "is required: who approved it");
      require(e.approvedOn() != null, content, name, p + ".approvedOn", "is required (YYYY-MM-DD)");
      require(e.expires() != null, content, name, p + ".expires", "is required (YYYY-MM-DD): waivers must expire");
      require(!e.expires().isBefore(e.approvedOn()), content, name, p + ".expires", "is before approvedOn");
      require(present(e.resource()), content, name, p + ".resource",
          "is required: the resource ID/ARN (a glob) the exception covers; write \"*\" together with "
              + "an account to cover a whole account");
      require(!e.resource().isBlank() && (!e.resource().strip().equals("*") || present(e.account())), content,
          name, p + ".account", "is required when resource is \"*\": a waiver never covers every account");
      out.add(new Waiver(e.check(), e.resource(), e.account(), e.location(),
          e.category() == null ? Waiver.Category.WAIVER : e.category(), e.reason(), e.approvedBy(),
          e.approvedOn(), e.reference(), e.expires(), name + ":" + InputFiles.lineOf(content, true, p)));
    }
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

  static void require(boolean ok, byte[] content, String name, String path, String problem)
      throws InputException {
    if (!ok) {
      throw new InputException(name, InputFiles.lineOf(content, true, path), 0, path, problem);
    }
  }
}
