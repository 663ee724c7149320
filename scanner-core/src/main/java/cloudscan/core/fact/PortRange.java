package cloudscan.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An inclusive TCP/UDP port range. {@link #ALL} is 0-65535. */
public record PortRange(int from, int to) {

  public static final PortRange ALL = new PortRange(0, 65535);

  public PortRange {
    if (from < 0 || to > 65535) {
      throw new IllegalArgumentException("port range " + from + "-" + to + " is not within 0-65535");
    }
    if (from > to) {
      throw new IllegalArgumentException("port range " + from + "-" + to + " ends before it starts");
    }
  }

  public static PortRange single(int port) {
    return new PortRange(port, port);
  }

  /**
   * Parses {@code 22}, {@code 1000-2000}, {@code *} or a comma list {@code 22,80,1000-2000}.
   */
  public static List<PortRange> parseList(String text) {
    List<PortRange> out = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      try {
        out.add(parse(part));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("port list '" + text + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  /** Parses one range: {@code 22}, {@code 1000-2000}, or {@code *}, {@code all}, {@code -1}. */
  public static PortRange parse(String text) {
    String t = text.trim();
    if (t.equals("*") || t.equalsIgnoreCase("all") || t.equals("-1")) {
      return ALL;
    }
    if (!t.matches("\\d{1,5}(\\s*-\\s*\\d{1,5})?")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a port range (expected 22, 1000-2000, a comma list or *)");
    }
    int dash = t.indexOf('-');
    try {
      return dash < 0 ? single(Integer.parseInt(t))
          : new PortRange(Integer.parseInt(t.substring(0, dash).trim()),
              Integer.parseInt(t.substring(dash + 1).trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid port range: " + e.getMessage(), e);
    }
  }

  /**
   * True if {@code ranges} together reach every port 1-65535 (port 0 is reserved), e.g.
   * {@code 0-32767,32768-65535}. An empty list is not a cover.
   */
  public static boolean coverAll(List<PortRange> ranges) {
    List<PortRange> sorted = ranges.stream()
        .sorted(java.util.Comparator.comparingInt(PortRange::from)).toList();
    int next = 1;
    for (PortRange r : sorted) {
      if (r.from > next) {
        return false;
      }
      next = Math.max(next, r.to + 1);
      if (next > 65535) {
        return true;
      }
    }
    return false;
  }

  public boolean contains(int port) {
    return port >= from && port <= to;
  }

  public boolean containsAny(Set<Integer> ports) {
    return ports.stream().anyMatch(this::contains);
  }

  public boolean isAll() {
    return from <= 1 && to == 65535;
  }

  public int size() {
    return to - from + 1;
  }

  @Override
  public String toString() {
    return isAll() ? "all" : from == to ? Integer.toString(from) : from + "-" + to;
  }
}
