package cloudscan.core.fact;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;

/**
 * An IPv4 or IPv6 network, or "any address of either family". Parsing never touches DNS.
 *
 * <p>Accepted forms: {@code 10.0.0.0/8}, {@code 203.0.113.5} (a host), {@code 2001:db8::/32},
 * {@code 0.0.0.0/0}, {@code ::/0}, and the wildcards {@code *}, {@code Any}, {@code Internet}
 * (Azure service tags) which mean every address of both families.
 */
public record Cidr(Family family, long hi, long lo, int prefix) {

  public enum Family { IPV4, IPV6, ANY }

  public static final Cidr ANY = new Cidr(Family.ANY, 0L, 0L, 0);
  public static final Cidr ANY_V4 = new Cidr(Family.IPV4, 0L, 0L, 0);
  public static final Cidr ANY_V6 = new Cidr(Family.IPV6, 0L, 0L, 0);

  private static final List<Cidr> PRIVATE = List.of(
      parse("10.0.0.0/8"), parse("172.16.0.0/12"), parse("192.168.0.0/16"),
      parse("100.64.0.0/10"), parse("127.0.0.0/8"), parse("169.254.0.0/16"),
      parse("fc00::/7"), parse("fe80::/10"), parse("::1/128"));

  public Cidr {
    int max = family == Family.IPV4 ? 32 : family == Family.IPV6 ? 128 : 0;
    if (prefix < 0 || prefix > max) {
      throw new IllegalArgumentException("prefix /" + prefix + " out of range for " + family);
    }
    if (family == Family.ANY && prefix != 0) {
      throw new IllegalArgumentException("the wildcard network has no prefix");
    }
  }

  /** Parses one network; throws {@link IllegalArgumentException} naming what was expected. */
  public static Cidr parse(String text) {
    String t = text.trim();
    switch (t.toLowerCase(Locale.ROOT)) {
      case "*", "any", "internet", "all" -> {
        return ANY;
      }
      default -> { }
    }
    int slash = t.indexOf('/');
    String addr = slash < 0 ? t : t.substring(0, slash);
    InetAddress ip;
    try {
      ip = InetAddresses.forString(addr);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a CIDR (expected e.g. 10.0.0.0/8, 2001:db8::/32, 0.0.0.0/0 or *)");
    }
    byte[] b = ip.getAddress();
    // Guava turns IPv4-mapped IPv6 text (::ffff:192.0.2.0/120) into an Inet4Address; the prefix
    // is then an IPv6 one, so keep what the text says.
    boolean v4 = ip instanceof Inet4Address && addr.indexOf(':') < 0;
    if (!v4 && b.length == 4) {
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(b, 0, mapped, 12, 4);
      b = mapped;
    }
    int max = v4 ? 32 : 128;
    int prefix;
    String digits = slash < 0 ? null : t.substring(slash + 1);
    if (digits != null && !digits.matches("\\d{1,3}")) {
      throw new IllegalArgumentException("'" + text + "' has a prefix that is not a number (expected /0../" + max + ")");
    }
    prefix = digits == null ? max : Integer.parseInt(digits);
    if (prefix < 0 || prefix > max) {
      throw new IllegalArgumentException("'" + text + "' has prefix /" + prefix + ", expected 0.." + max);
    }
    long hi = 0;
    long lo = 0;
    if (v4) {
      for (byte x : b) {
        lo = (lo << 8) | (x & 0xff);
      }
      lo = mask(lo, 32, prefix);
      return new Cidr(Family.IPV4, 0, lo, prefix);
    }
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (b[i] & 0xff);
      lo = (lo << 8) | (b[i + 8] & 0xff);
    }
    long mhi = prefix >= 64 ? hi : mask(hi, 64, prefix);
    long mlo = prefix >= 64 ? mask(lo, 64, prefix - 64) : 0;
    return new Cidr(Family.IPV6, mhi, mlo, prefix);
  }

  private static long mask(long value, int width, int keep) {
    if (keep <= 0) {
      return 0;
    }
    if (keep >= width) {
      return value;
    }
    long m = (-1L << (width - keep));
    if (width < 64) {
      m &= (1L << width) - 1;
    }
    return value & m;
  }

  /** True for 0.0.0.0/0, ::/0 and the wildcard: every address on the internet. */
  public boolean isAnywhere() {
    return prefix == 0;
  }

  /** True if every address in {@code other} is inside this network. */
  public boolean contains(Cidr other) {
    if (family == Family.ANY) {
      return true;
    }
    if (other.family != family || other.prefix < prefix) {
      return false;
    }
    if (family == Family.IPV4) {
      return mask(other.lo, 32, prefix) == lo;
    }
    if (prefix <= 64) {
      return mask(other.hi, 64, prefix) == hi;
    }
    return other.hi == hi && mask(other.lo, 64, prefix - 64) == lo;
  }

  /** True if the whole network is private, loopback or link-local (not routable on the internet). */
  public boolean isPrivate() {
    return PRIVATE.stream().anyMatch(p -> p.contains(this));
  }

  /** True for public networks with a prefix shorter than {@code prefixLength} (e.g. a /8). */
  public boolean isWiderThan(int prefixLength) {
    return !isPrivate() && prefix < prefixLength;
  }

  /**
   * True for a public network that is not the whole internet but is wider than a prefix of
   * {@code v4Prefix} (IPv4) or {@code v6Prefix} (IPv6) bits, e.g. 52.0.0.0/8 with a /16 limit.
   */
  public boolean isWidePublic(int v4Prefix, int v6Prefix) {
    if (isAnywhere() || family == Family.ANY) {
      return false;
    }
    return isWiderThan(family == Family.IPV4 ? v4Prefix : v6Prefix);
  }

  @Override
  public String toString() {
    return switch (family) {
      case ANY -> "*";
      case IPV4 -> ((lo >>> 24) & 0xff) + "." + ((lo >>> 16) & 0xff) + "." + ((lo >>> 8) & 0xff)
          + "." + (lo & 0xff) + "/" + prefix;
      case IPV6 -> {
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
          b[i] = (byte) (hi >>> (56 - 8 * i));
          b[i + 8] = (byte) (lo >>> (56 - 8 * i));
        }
        yield v6String(b) + "/" + prefix;
      }
    };
  }

  private static String v6String(byte[] b) {
    try {
      // Inet6Address even for ::ffff:a.b.c.d (InetAddress.getByAddress would make it IPv4); no DNS
      return InetAddresses.toAddrString(Inet6Address.getByAddress(null, b, -1));
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("16 bytes are always an IPv6 address", e);
    }
  }
}
