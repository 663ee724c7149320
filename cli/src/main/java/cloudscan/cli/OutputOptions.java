package cloudscan.cli;

import cloudscan.core.check.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where and how reports are written. */
public final class OutputOptions {

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "cloudscan-out",
      description = "Directory for reports (created if missing). Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "Report formats, comma-separated. Default: json,html,csv. Available: see `cloudscan checks --formats`.")
  List<String> formats = new ArrayList<>(List.of("json", "html", "csv"));

  @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja",
      description = "Report language for single-language formats (HTML embeds both). Default: ${DEFAULT-VALUE}.")
  String lang;

  Lang language() {
    return Lang.parse(lang);
  }
}
