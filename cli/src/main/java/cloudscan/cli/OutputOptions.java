package cloudscan.cli;

import cloudscan.core.check.Lang;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where and how reports are written. */
public final class OutputOptions {

  /** The one default language of every command (the city's security team reads Japanese first). */
  static final String DEFAULT_LANG = "ja";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "cloudscan-out",
      description = "Directory for reports (created if missing). Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--timestamped-out",
      description = "Write into a new subdirectory of --out named after the UTC start time "
          + "(e.g. cloudscan-out/20261206T030000Z/), so earlier runs are kept.")
  boolean timestamped;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "Report formats, comma-separated. Default: json,html,csv. Available: see `cloudscan checks --formats`.")
  List<String> formats = new ArrayList<>(List.of("json", "html", "csv"));

  @Option(names = "--lang", paramLabel = "ja|en", defaultValue = DEFAULT_LANG,
      description = "Report language for single-language formats (HTML embeds both). Default: ${DEFAULT-VALUE}.")
  String lang;

  Lang language() {
    return Lang.parse(lang);
  }

  /** The directory this run writes into: {@code --out}, or its timestamped subdirectory. */
  Path dir(Instant start) {
    return timestamped ? out.resolve(STAMP.format(start)) : out;
  }
}
