package cloudscan.cli;

import cloudscan.core.catalog.CatalogLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "docs", header = "Regenerate docs/checks/*.md and docs/coverage.md from the metadata.", mixinStandardHelpOptions = true,
    description = {"Regenerate the documentation that comes from check metadata:",
        "docs/checks/<id>.md (one page per check) and docs/coverage.md (requirement → checks)."})
final class DocsCommand implements Callable<Integer> {

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "docs", description = "Docs root. Default: ${DEFAULT-VALUE}.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    new DocsGenerator(CatalogLoader.loadDefault(), Registry.load().checks()).writeTo(dir);
    return ExitCode.OK;
  }
}
