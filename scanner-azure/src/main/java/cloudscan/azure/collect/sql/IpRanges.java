package cloudscan.azure.collect.sql;

import cloudscan.core.fact.Cidr;
import java.util.ArrayList;
import java.util.List;

/** An IPv4 start–end range (SQL firewall rules) as the smallest list of CIDR blocks covering exactly it. */
final class IpRanges {

  private IpRanges() { }

  static List<Cidr> cidrs(String start, String end) {
    long lo = v4(start);
    long hi = v4(end);
    if (lo > hi) {
      throw new IllegalArgumentException("firewall range " + start + "-" + end + " ends before it starts");
    }
    List<Cidr> out = new ArrayList<>();
    while (lo <= hi) {
      int size = Long.numberOfTrailingZeros(lo == 0 ? 1L << 32 : lo);
      size = Math.min(size, 32);
      while (size > 0 && lo + (1L << size) - 1 > hi) {
        size--;
      }
      out.add(Cidr.parse(text(lo) + "/" + (32 - size)));
      lo += 1L << size;
    }
    return out;
  }

  private static long v4(String ip) {
    String[] p = ip.trim().split("\\.");
    if (p.length != 4) {
      throw new IllegalArgumentException("'" + ip + "' is not an IPv4 address");
    }
    long v = 0;
    for (String o : p) {
      v = (v << 8) | Integer.parseInt(o);
    }
    return v;
  }

  private static String text(long v) {
    return ((v >>> 24) & 0xff) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
  }
}
