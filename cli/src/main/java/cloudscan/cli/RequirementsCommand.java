package cloudscan.cli;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Check;
import cloudscan.core.check.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "requirements", header = "List the requirement catalog with the checks behind each item.", mixinStandardHelpOptions = true,
    description = "List the requirement catalog: ID, assessment kind, the checks behind each item, and the text.")
final class RequirementsCommand implements Callable<Integer> {

  @Option(names = "--catalog", paramLabel = "FILE", description = "Another catalog file (same schema).")
  Path catalog;

  @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja", description = "Language. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Catalog c = catalog == null ? CatalogLoader.loadDefault() : CatalogLoader.load(catalog);
    Lang l = Lang.parse(lang);
    List<Check> checks = Registry.load().checks();
    var out = spec.commandLine().getOut();
    out.println(c.title().in(l));
    for (Requirement r : c.requirements()) {
      String ids = checks.stream().filter(ch -> ch.spec().requirements().contains(r.id()))
          .map(ch -> ch.spec().id()).collect(Collectors.joining(", "));
      out.printf("%-5s %-8s %s %s%n", r.id(), r.assessment() + (r.advisory() ? "*" : ""),
          l == Lang.JA ? r.label() : "", r.text().in(l));
      if (!ids.isEmpty()) {
        out.println("      checks: " + ids);
      }
    }
    out.println("(* advisory: reported, never fails the CI gate)");
    return ExitCode.OK;
  }
}
