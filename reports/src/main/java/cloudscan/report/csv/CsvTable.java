package cloudscan.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as spreadsheet users open it: UTF-8 with a byte-order mark (so Excel reads the
 * Japanese right), CRLF line ends and RFC 4180 quoting.
 *
 * <p>Text cells starting with {@code = + - @} (or a tab/CR) get a leading apostrophe, so a
 * resource name chosen by whoever controls the cloud account cannot run as a spreadsheet formula
 * (OWASP "CSV injection"). Number cells are written as they are.
 */
final class CsvTable {

  static final char BOM = '\uFEFF';
  static final String CRLF = "\r\n";

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  CsvTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Starts a row; call {@link Row#end()} when it is complete. */
  Row row() {
    return new Row();
  }

  void writeTo(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(BOM);
      line(w, header);
      for (List<String> r : rows) {
        line(w, r);
      }
    }
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(cells.get(i)));
    }
    w.write(CRLF);
  }

  /** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** Neutralises a text cell a spreadsheet would take for a formula. */
  static String defuse(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char c = text.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return formula ? "'" + text : text;
  }

  /** One row under construction. */
  final class Row {
    private final List<String> cells = new ArrayList<>();

    Row text(Object value) {
      cells.add(defuse(value == null ? "" : value.toString()));
      return this;
    }

    Row number(long value) {
      cells.add(Long.toString(value));
      return this;
    }

    void end() {
      if (cells.size() != header.size()) {
        throw new IllegalStateException("row has " + cells.size() + " cells, header " + header.size());
      }
      rows.add(List.copyOf(cells));
    }
  }
}
