package cloudscan.core.fact;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of IPv4 and IPv6 addresses, with overlaps counted once: the union of the sources of
 * several rules, minus what an earlier DENY took. It answers the one question every network and
 * endpoint check asks, {@link #isInternet()}, with one definition used everywhere.
 */
public final class AddressSet {

  private static final BigInteger TWO = BigInteger.TWO;
  private static final BigInteger V4_SIZE = TWO.pow(32);
  private static final BigInteger V6_SIZE = TWO.pow(128);
  /** 2000::/3, IPv6 global unicast: the part of the IPv6 space that is routed on the internet. */
  private static final Range<BigInteger> GLOBAL_UNICAST =
      Range.closedOpen(TWO.pow(125), TWO.pow(125).add(TWO.pow(125)));
  private static final List<Cidr> PRIVATE = List.of(
      Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"),
      Cidr.parse("100.64.0.0/10"), Cidr.parse("127.0.0.0/8"), Cidr.parse("169.254.0.0/16"),
      Cidr.parse("fc00::/7"), Cidr.parse("fe80::/10"), Cidr.parse("::1/128"));

  private final RangeSet<BigInteger> v4 = TreeRangeSet.create();
  private final RangeSet<BigInteger> v6 = TreeRangeSet.create();

  public static AddressSet of(Collection<Cidr> cidrs) {
    AddressSet s = new AddressSet();
    cidrs.forEach(s::add);
    return s;
  }

  public AddressSet add(Cidr c) {
    switch (c.family()) {
      case ANY -> {
        v4.add(Range.closedOpen(BigInteger.ZERO, V4_SIZE));
        v6.add(Range.closedOpen(BigInteger.ZERO, V6_SIZE));
      }
      case IPV4 -> v4.add(range(c));
      case IPV6 -> v6.add(range(c));
      default -> throw new IllegalStateException();
    }
    return this;
  }

  public AddressSet addAll(AddressSet other) {
    v4.addAll(other.v4);
    v6.addAll(other.v6);
    return this;
  }

  public AddressSet removeAll(AddressSet other) {
    v4.removeAll(other.v4);
    v6.removeAll(other.v6);
    return this;
  }

  /** The addresses in both sets (traffic must pass two layers of filtering). */
  public AddressSet intersect(AddressSet other) {
    AddressSet out = new AddressSet();
    for (Range<BigInteger> r : v4.asRanges()) {
      out.v4.addAll(other.v4.subRangeSet(r));
    }
    for (Range<BigInteger> r : v6.asRanges()) {
      out.v6.addAll(other.v6.subRangeSet(r));
    }
    return out;
  }

  public AddressSet copy() {
    return new AddressSet().addAll(this);
  }

  /** True if every IPv4 and every IPv6 address is in the set. */
  public boolean isEverything() {
    return size(v4).equals(V4_SIZE) && size(v6).equals(V6_SIZE);
  }

  public boolean isEmpty() {
    return v4.isEmpty() && v6.isEmpty();
  }

  /**
   * The definition of "the internet" used by every check: half the IPv4 space or more, or half of
   * IPv6 global unicast (2000::/3) or more. {@code 0.0.0.0/0}, {@code ::/0}, {@code *}, and
   * {@code 0.0.0.0/1} + {@code 128.0.0.0/1} all are; a /8 of someone else's addresses is not
   * (see {@link #publicSize}).
   */
  public boolean isInternet() {
    return size(v4).compareTo(TWO.pow(31)) >= 0
        || size(v6.subRangeSet(GLOBAL_UNICAST)).compareTo(TWO.pow(124)) >= 0;
  }

  /** Number of IPv4 addresses in the set that are not private, loopback or link-local. */
  public BigInteger publicSizeV4() {
    return size(publicPart().v4);
  }

  /** Number of IPv6 global-unicast addresses in the set. */
  public BigInteger publicSizeV6() {
    return size(v6.subRangeSet(GLOBAL_UNICAST));
  }

  /** Addresses that are routable on the internet (private, loopback, link-local removed). */
  public AddressSet publicPart() {
    return copy().removeAll(of(PRIVATE));
  }

  /** The set as CIDR blocks, for messages (at most {@code max}, then "…"). */
  public String describe(int max) {
    List<String> blocks = new ArrayList<>();
    for (Range<BigInteger> r : v4.asRanges()) {
      blocks.addAll(cidrs(r, 32));
    }
    for (Range<BigInteger> r : v6.asRanges()) {
      blocks.addAll(cidrs(r, 128));
    }
    if (blocks.size() > max) {
      return String.join(", ", blocks.subList(0, max)) + ", …";
    }
    return String.join(", ", blocks);
  }

  /** The fewest CIDR blocks that cover one range exactly. */
  private static List<String> cidrs(Range<BigInteger> r, int bits) {
    BigInteger lo = r.lowerBoundType() == BoundType.CLOSED ? r.lowerEndpoint() : r.lowerEndpoint().add(BigInteger.ONE);
    BigInteger end = r.upperBoundType() == BoundType.OPEN ? r.upperEndpoint() : r.upperEndpoint().add(BigInteger.ONE);
    List<String> out = new ArrayList<>();
    while (lo.compareTo(end) < 0 && out.size() < 64) {
      int size = lo.signum() == 0 ? bits : Math.min(bits, lo.getLowestSetBit());
      while (lo.add(TWO.pow(size)).compareTo(end) > 0) {
        size--;
      }
      out.add(text(lo, bits) + "/" + (bits - size));
      lo = lo.add(TWO.pow(size));
    }
    return out;
  }

  private static String text(BigInteger v, int bits) {
    if (bits == 32) {
      long l = v.longValue();
      return ((l >>> 24) & 0xff) + "." + ((l >>> 16) & 0xff) + "." + ((l >>> 8) & 0xff) + "." + (l & 0xff);
    }
    byte[] raw = v.toByteArray();
    byte[] b = new byte[16];
    System.arraycopy(raw, Math.max(0, raw.length - 16), b, Math.max(0, 16 - raw.length), Math.min(16, raw.length));
    try {
      return com.google.common.net.InetAddresses.toAddrString(java.net.Inet6Address.getByAddress(null, b, -1));
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("16 bytes are always an IPv6 address", e);
    }
  }

  private static Range<BigInteger> range(Cidr c) {
    int bits = c.family() == Cidr.Family.IPV4 ? 32 : 128;
    BigInteger start = c.family() == Cidr.Family.IPV4 ? BigInteger.valueOf(c.lo())
        : unsigned(c.hi()).shiftLeft(64).or(unsigned(c.lo()));
    return Range.closedOpen(start, start.add(TWO.pow(bits - c.prefix())));
  }

  private static BigInteger unsigned(long v) {
    BigInteger b = BigInteger.valueOf(v & Long.MAX_VALUE);
    return v < 0 ? b.setBit(63) : b;
  }

  private static BigInteger size(RangeSet<BigInteger> set) {
    BigInteger total = BigInteger.ZERO;
    for (Range<BigInteger> r : set.asRanges()) {
      BigInteger hi = r.upperBoundType() == BoundType.OPEN ? r.upperEndpoint() : r.upperEndpoint().add(BigInteger.ONE);
      BigInteger lo = r.lowerBoundType() == BoundType.CLOSED ? r.lowerEndpoint() : r.lowerEndpoint().add(BigInteger.ONE);
      total = total.add(hi.subtract(lo));
    }
    return total;
  }

  @Override
  public String toString() {
    return describe(8);
  }
}
