package cloudscan.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An inclusive TCP/UDP port range. {@link #ALL} is 0-65535. */
public record PortRange(int from, int to) {

  public static final PortRange ALL = new PortRange(0, 65535);

  public PortRange {
    if (from < 0 || to > 65535 || from > to) {
      throw new IllegalArgumentException("port range " + from + "-" + to + " is not within 0-65535");
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
    for (String part : text.split(",")) {
      out.add(parse(part.trim()));
    }
    return List.copyOf(out);
  }

  public static PortRange parse(String text) {
    String t = text.trim();
    if (t.equals("*") || t.equalsIgnoreCase("all") || t.equals("-1")) {
      return ALL;
    }
    try {
      int dash = t.indexOf('-');
      if (dash < 0) {
        return single(Integer.parseInt(t));
      }
      return new PortRange(Integer.parseInt(t.substring(0, dash).trim()),
          Integer.parseInt(t.substring(dash + 1).trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a port range (expected 22, 1000-2000, a comma list or *)");
    }
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
