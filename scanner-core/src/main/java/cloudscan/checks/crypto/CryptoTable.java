package cloudscan.checks.crypto;

import cloudscan.core.fact.Cloud;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CRYPTREC verdict for each key type, certificate key and algorithm name the clouds report,
 * read from {@code /cloudscan/crypto/algorithms.csv} (data, not code: a reviewer edits one row, not
 * a check). Not a check itself: the checks get a table through their constructor.
 */
public final class CryptoTable {

  /** Where the default table lives on the classpath. */
  public static final String RESOURCE = "/cloudscan/crypto/algorithms.csv";

  static final String HEADER = "cloud,kind,name,verdict,strength_bits,confirmed,source";

  /** What the name denotes. */
  public enum Kind { KEY, CERTIFICATE, ALGORITHM }

  /** CRYPTREC reading of one name; see the comment block of the CSV. */
  public enum Verdict { OK, UNTIL_2030, NG, REVIEW }

  /**
   * One row's answer.
   *
   * @param strengthBits security strength in bits, or null when the row gives none
   * @param confirmed    false when the classification rests on an unconfirmed fact
   * @param source       short note naming the rule and reference behind the verdict
   */
  public record Rating(Verdict verdict, Integer strengthBits, boolean confirmed, String source) {

    public Rating {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(source, "source");
    }

    /** 112-bit strength: allowed for new encryption or signing only until the end of 2030. */
    public boolean transitional() {
      return verdict == Verdict.UNTIL_2030 || (strengthBits != null && strengthBits == 112);
    }
  }

  private record Key(String cloud, Kind kind, String name) { }

  private final Map<Key, Rating> rows;

  private CryptoTable(Map<Key, Rating> rows) {
    this.rows = Collections.unmodifiableMap(rows);
  }

  /** The table shipped with cloudscan, read from the classpath once. */
  public static CryptoTable defaults() {
    return Holder.DEFAULT;
  }

  private static final class Holder {
    static final CryptoTable DEFAULT = load();

    private static CryptoTable load() {
      InputStream in = CryptoTable.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("CRYPTREC table " + RESOURCE + " is missing from the classpath");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return parse(RESOURCE, r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * Parses a table in the CSV form. Errors name the origin and line.
   *
   * @throws IllegalArgumentException on a malformed row, unknown value or duplicate name
   */
  public static CryptoTable parse(String origin, Reader reader) throws IOException {
    Map<Key, Rating> rows = new LinkedHashMap<>();
    BufferedReader in = new BufferedReader(reader);
    boolean headerSeen = false;
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      String trimmed = line.strip();
      if (lineNo == 1 && trimmed.startsWith("\uFEFF")) {
        trimmed = trimmed.substring(1);
      }
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String where = origin + " line " + lineNo + ": ";
      if (!headerSeen) {
        if (!trimmed.equals(HEADER)) {
          throw new IllegalArgumentException(where + "expected the header '" + HEADER + "'");
        }
        headerSeen = true;
        continue;
      }
      List<String> f = split(trimmed, where);
      if (f.size() != 7) {
        throw new IllegalArgumentException(where + "expected 7 columns, found " + f.size());
      }
      Key key = new Key(cloud(f.get(0), where), kind(f.get(1), where), normalise(f.get(2)));
      if (key.name().isEmpty()) {
        throw new IllegalArgumentException(where + "empty name");
      }
      Rating rating = new Rating(verdict(f.get(3), where), strength(f.get(4), where),
          confirmed(f.get(5), where), source(f.get(6), where));
      if (rows.putIfAbsent(key, rating) != null) {
        throw new IllegalArgumentException(where + "duplicate row for " + f.get(0) + "/" + f.get(1)
            + "/" + f.get(2));
      }
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(origin + ": no header row");
    }
    return new CryptoTable(rows);
  }

  /**
   * The verdict for {@code name} in {@code cloud}, falling back to the rows for any cloud; empty
   * when the table does not know the name.
   */
  public Optional<Rating> verdict(Cloud cloud, Kind kind, String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String n = normalise(name);
    Rating r = rows.get(new Key(cloud.id(), kind, n));
    return Optional.ofNullable(r != null ? r : rows.get(new Key("any", kind, n)));
  }

  /** Number of rows. */
  public int size() {
    return rows.size();
  }

  /**
   * Case, spaces and the clouds' two separators are not significant: real ACM says
   * {@code RSA-2048} and {@code EC-prime256v1} where emulators say {@code RSA_2048}.
   */
  static String normalise(String name) {
    return name.strip().replaceAll("\\s+", " ").replace('-', '_').toUpperCase(Locale.ROOT);
  }

  private static String cloud(String s, String where) {
    String c = s.strip().toLowerCase(Locale.ROOT);
    if (!c.equals("any")) {
      try {
        Cloud.fromId(c);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "cloud '" + s + "' (expected aws, azure, gcp or any)");
      }
    }
    return c;
  }

  private static Kind kind(String s, String where) {
    try {
      return Kind.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + "kind '" + s + "' (expected key, certificate or algorithm)");
    }
  }

  private static Verdict verdict(String s, String where) {
    try {
      return Verdict.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + "verdict '" + s + "' (expected OK, UNTIL_2030, NG or REVIEW)");
    }
  }

  private static Integer strength(String s, String where) {
    if (s.isBlank()) {
      return null;
    }
    try {
      int bits = Integer.parseInt(s.strip());
      if (bits < 1) {
        throw new NumberFormatException();
      }
      return bits;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + "strength_bits '" + s + "' is not a positive number");
    }
  }

  private static boolean confirmed(String s, String where) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new IllegalArgumentException(where + "confirmed '" + s + "' (expected yes or no)");
    };
  }

  private static String source(String s, String where) {
    if (s.isBlank()) {
      throw new IllegalArgumentException(where + "empty source note");
    }
    return s.strip();
  }

  /** Splits one CSV line; fields may be double-quoted ({@code ""} inside quotes is a quote). */
  private static List<String> split(String line, String where) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(where + "unterminated quote");
    }
    out.add(cur.toString());
    return out;
  }
}
