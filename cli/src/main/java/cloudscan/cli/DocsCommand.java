package cloudscan.cli;

import cloudscan.core.catalog.CatalogLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "docs", header = "Write docs/checks/*.md and docs/coverage.md from the check metadata.",
    mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
    description = {"Write the documentation that comes from check metadata into DIR:",
        "DIR/checks/<id>.md (one page per check) and DIR/coverage.md (requirement -> checks).",
        "Writes nothing without --out (developers regenerate the project's docs with --out docs)."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan docs --out docs          # in a source checkout: regenerate the committed docs",
        "  cloudscan docs --out /tmp/cloudscan-docs"})
final class DocsCommand implements Callable<Integer> {

  @Option(names = {"-o", "--out", "--dir"}, paramLabel = "DIR", required = true,
      description = "Docs root to write into (required: docs are only written where you say).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Outputs.requireWritableDir(dir, "--out");
    try {
      new DocsGenerator(CatalogLoader.loadDefault(), Registry.load().checks()).writeTo(dir);
    } catch (java.io.IOException e) {
      throw new Outputs.WriteFailure(dir, e);
    }
    return ExitCode.OK;
  }
}
