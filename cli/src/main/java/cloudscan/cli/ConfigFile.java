package cloudscan.cli;

import cloudscan.core.input.InputException;
import cloudscan.core.input.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code --config FILE}: thresholds and options in YAML, so a pipeline keeps its settings in one
 * reviewed file. Precedence: an option on the command line beats the config file, which beats
 * the catalog (thresholds) and the built-in defaults. Keys are the option names in camelCase;
 * relative paths are relative to the config file's directory. Read strictly (unknown key: exit 2).
 */
record ConfigFile(int version, Map<String, String> thresholds, String failOn, Boolean allowIncomplete,
    List<String> checks, List<String> excludeChecks, List<String> severity, List<String> status,
    String systemName, String lang, List<String> format, String out, String catalog, String waivers,
    String attestations) {

  static ConfigFile load(Path file) throws InputException {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, 0, "", "cannot read the config file ("
          + Outputs.reason(e) + ")");
    }
    ConfigFile c = InputFiles.read(InputFiles.strictYaml(), new java.io.ByteArrayInputStream(content),
        file.toString(), ConfigFile.class);
    if (c.version() != 1) {
      throw new InputException(file.toString(), InputFiles.lineOf(content, true, "version"), 0, "version",
          c.version() == 0 ? "is required: write 'version: 1' first" : "unsupported version " + c.version()
              + " (expected 1)");
    }
    return c;
  }

  /** {@code p} as written in the file, resolved against the file's directory. */
  static Path resolve(Path configFile, String p) {
    Path dir = configFile.toAbsolutePath().getParent();
    return dir.resolve(p).normalize();
  }
}
