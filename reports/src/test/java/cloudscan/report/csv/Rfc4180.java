package cloudscan.report.csv;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: records end in CRLF only; a bare CR or LF outside quotes fails. */
final class Rfc4180 {

  private Rfc4180() { }

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else if (c == '\r' || c == '\n' || c == '"') {
        throw new IllegalArgumentException("bare " + (int) c + " outside quotes at " + i);
      } else {
        cell.append(c);
      }
    }
    if (quoted || cell.length() > 0 || !record.isEmpty()) {
      throw new IllegalArgumentException("file does not end with CRLF");
    }
    return records;
  }
}
