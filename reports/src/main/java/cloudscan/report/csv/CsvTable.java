package cloudscan.report.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CSV file as spreadsheet users open it, written row by row: UTF-8 with a byte-order mark (so
 * Excel reads the Japanese right), CRLF line ends and RFC 4180 quoting.
 *
 * <p>Two defences for Excel (Japanese locale included):
 * <ul>
 *   <li>Text that Excel would turn into a number or a date (a 12-digit account ID with leading
 *       zeros, requirement {@code 3.10}, {@code 2026-12-31}) is written as the formula text
 *       {@code ="…"}, so the cell keeps exactly these characters.</li>
 *   <li>Other text starting with {@code = + - @} (also full-width), a tab or a CR gets a leading
 *       apostrophe, so a resource name chosen by whoever controls the cloud account cannot run as
 *       a formula (OWASP "CSV injection").</li>
 * </ul>
 * Count cells ({@link Row#number}) are real numbers.
 */
final class CsvTable implements Closeable {

  static final char BOM = '\uFEFF';
  static final String CRLF = "\r\n";

  /** What Excel parses as a number, date, time, fraction, percentage or currency. */
  private static final Pattern NUMBER_LIKE = Pattern.compile(
      "\\s*\\(?[-+]?[$¥￥]?[0-9０-９][0-9０-９.,:/\\- ]*([eE][-+]?[0-9]+)?%?\\)?\\s*");

  private final Writer out;
  private final int columns;

  private CsvTable(Writer out, int columns) {
    this.out = out;
    this.columns = columns;
  }

  /** Creates {@code file} and writes the byte-order mark and the header row. */
  static CsvTable create(Path file, List<String> header) throws IOException {
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    CsvTable t = new CsvTable(w, header.size());
    w.write(BOM);
    Row h = t.row();
    header.forEach(h::text);
    h.end();
    return t;
  }

  /** Starts a row; {@link Row#end()} writes it. */
  Row row() {
    return new Row();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** A text cell as Excel must see it: number-like text kept as text, formulas defused. */
  static String textCell(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    if (NUMBER_LIKE.matcher(text).matches()) {
      return "=\"" + text + "\"";
    }
    return defuse(text);
  }

  /** Neutralises a text cell a spreadsheet would take for a formula. */
  static String defuse(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char c = text.charAt(0);
    boolean formula = "=+-@＝＋－＠\t\r".indexOf(c) >= 0;
    return formula ? "'" + text : text;
  }

  /** One row under construction. */
  final class Row {
    private final List<String> cells = new ArrayList<>(columns);

    Row text(Object value) {
      cells.add(textCell(value == null ? "" : value.toString()));
      return this;
    }

    Row number(long value) {
      cells.add(Long.toString(value));
      return this;
    }

    void end() {
      if (cells.size() != columns) {
        throw new IllegalStateException("row has " + cells.size() + " cells, header " + columns);
      }
      try {
        for (int i = 0; i < cells.size(); i++) {
          if (i > 0) {
            out.write(',');
          }
          out.write(quote(cells.get(i)));
        }
        out.write(CRLF);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
