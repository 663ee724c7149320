package cloudscan.cli;

import cloudscan.core.catalog.Catalog;
import cloudscan.core.catalog.CatalogLoader;
import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Check;
import cloudscan.core.check.Lang;
import cloudscan.core.check.Thresholds;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "requirements", header = "List the requirement catalog with the checks behind each item.",
    mixinStandardHelpOptions = true, usageHelpAutoWidth = true, sortOptions = false,
    description = {"List the requirement catalog: ID, assessment kind, the checks behind each item, and the",
        "text; with --format json also both languages and the catalog's thresholds."},
    footerHeading = "%nExamples:%n",
    footer = {"  cloudscan requirements --lang en",
        "  cloudscan requirements --format json --catalog other-city.json"})
final class RequirementsCommand implements Callable<Integer> {

  @Option(names = "--catalog", paramLabel = "FILE", description = "Another catalog file (same schema).")
  Path catalog;

  @Option(names = "--lang", paramLabel = "ja|en", defaultValue = OutputOptions.DEFAULT_LANG,
      description = "Language of the text listing. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Listing format. Default: ${DEFAULT-VALUE}.")
  Listing.Format format;

  @Spec
  CommandSpec spec;

  /** The JSON listing. */
  record Doc(String catalog, Listing.Bi title, Map<String, String> thresholds, List<Item> requirements) { }

  record Item(String id, String label, String assessment, boolean advisory, Listing.Bi text, List<String> checks) { }

  @Override
  public Integer call() throws Exception {
    Catalog c = catalog == null ? CatalogLoader.loadDefault() : CatalogLoader.load(catalog);
    Lang l = Lang.parse(lang);
    List<Check> checks = Registry.load().checks();
    var out = spec.commandLine().getOut();
    if (format == Listing.Format.JSON) {
      Map<String, String> t = new LinkedHashMap<>();
      Thresholds.names().forEach(n -> t.put(n, c.thresholds().valueOf(n)));
      Listing.json(out, new Doc(c.id(), Listing.Bi.of(c.title()), t, c.requirements().stream()
          .map(r -> new Item(r.id().toString(), r.label(), r.assessment().name(), r.advisory(),
              Listing.Bi.of(r.text()), ids(checks, r))).toList()));
      return ExitCode.OK;
    }
    out.println(c.title().in(l));
    for (Requirement r : c.requirements()) {
      String ids = String.join(", ", ids(checks, r));
      out.printf("%-5s %-8s %s %s%n", r.id(), r.assessment() + (r.advisory() ? "*" : ""),
          l == Lang.JA ? r.label() : "", r.text().in(l));
      if (!ids.isEmpty()) {
        out.println("      checks: " + ids);
      }
    }
    out.println("(* advisory: reported, never fails the CI gate)");
    return ExitCode.OK;
  }

  private static List<String> ids(List<Check> checks, Requirement r) {
    return checks.stream().filter(ch -> ch.spec().requirements().contains(r.id()))
        .map(ch -> ch.spec().id()).collect(Collectors.toList());
  }
}
