package cloudscan.cli;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.input.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "attest", header = "Write a ready-to-fill attestations.yaml for every ATTEST and PARTIAL item.", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Write a ready-to-fill attestations.yaml: one entry per ATTEST and PARTIAL requirement",
        "of the catalog, with the requirement text (ja/en), what evidence fits, and TODO placeholders.",
        "cloudscan refuses the file until every TODO is replaced, so an unfilled template never counts."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan attest --template",
        "  cloudscan attest --template --out compliance/attestations.yaml --force",
        "  cloudscan attest --template --out -                           # to standard output",
        "  cloudscan validate --attestations attestations.yaml            # after filling it in"})
final class AttestCommand implements Callable<Integer> {

  @Option(names = "--template", required = true,
      description = "Write the attestation template (the only mode so far).")
  boolean template;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "attestations.yaml",
      description = "Where to write it; '-' for standard output. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "Requirement catalog (JSON, schema 1). Default: Fujisawa City's bundled list.")
  Path catalog;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Catalog c = catalog == null ? CatalogLoader.loadDefault() : CatalogLoader.load(catalog);
    AttestTemplate t = new AttestTemplate(c, Registry.load().checks(), AttestTemplate.Hints.load());
    String yaml = t.render();
    var stdout = spec.commandLine().getOut();
    if (out.toString().equals("-")) {
      stdout.print(yaml);
      stdout.flush();
      return ExitCode.OK;
    }
    write(out, yaml.getBytes(StandardCharsets.UTF_8), force);
    stdout.printf("wrote %s: %d requirements to attest (%s)%n", out, t.requirements().size(),
        t.requirements().stream().map(r -> r.id().toString()).collect(Collectors.joining(", ")));
    stdout.printf("Replace every TODO value, then check the file with:  cloudscan validate --attestations %s%n", out);
    return ExitCode.OK;
  }

  /**
   * Writes {@code content} to a temporary file beside {@code target}, then moves it into place, so
   * a reader never sees half a file. Without {@code force} an existing target is never replaced,
   * even if it appears between the check and the move.
   */
  static void write(Path target, byte[] content, boolean force) throws IOException, InputException {
    Path abs = target.toAbsolutePath();
    if (!force && Files.exists(abs)) {
      throw exists(target);
    }
    Files.createDirectories(abs.getParent());
    // Not Files.createTempFile, which makes the file 0600 whatever the umask.
    Path tmp = abs.getParent().resolve("." + abs.getFileName() + "-" + java.util.UUID.randomUUID() + ".tmp");
    try {
      Files.write(tmp, content, java.nio.file.StandardOpenOption.CREATE_NEW);
      if (force) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } else {
        try {
          Files.createLink(abs, tmp); // atomic, and fails if the target exists
        } catch (FileAlreadyExistsException e) {
          throw exists(target);
        } catch (UnsupportedOperationException | IOException e) {
          Files.move(tmp, abs); // no hard links here: still refuses to replace an existing file
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static InputException exists(Path target) {
    return new InputException(target.toString(), 0, 0, "", "already exists; use --force to overwrite it");
  }
}
