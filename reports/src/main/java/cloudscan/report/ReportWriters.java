package cloudscan.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The report writers on the class path, found with {@link ServiceLoader}. */
public final class ReportWriters {

  private ReportWriters() { }

  /** Every writer, sorted by format name. */
  public static List<ReportWriter> all() {
    return ServiceLoader.load(ReportWriter.class, ReportWriters.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(ReportWriter::format))
        .toList();
  }

  /** The writer for {@code format} (case-insensitive), if any. */
  public static Optional<ReportWriter> byFormat(String format) {
    String wanted = format.trim().toLowerCase(Locale.ROOT);
    return all().stream().filter(w -> w.format().equals(wanted)).findFirst();
  }

  /** Format names, sorted, for help texts and error messages. */
  public static List<String> formats() {
    return all().stream().map(ReportWriter::format).toList();
  }
}
